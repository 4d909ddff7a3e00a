/**
 * What kind of file a buffer holds, from its first bytes, before handing it to ExcelJS: its own
 * errors ("End of central directory not found") tell a school official nothing.
 */

export type FileKind = "empty" | "zip" | "oldXls" | "encrypted" | "other";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
/** Compound File Binary (OLE2): old .xls, and also the wrapper Excel puts around an encrypted .xlsx. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * An encrypted .xlsx is a CFB container with the streams "EncryptionInfo" and "EncryptedPackage"
 * (MS-OFFCRYPTO 2.3.4). Directory entry names are UTF-16LE, so we look for those bytes instead of
 * parsing the CFB directory: an .xls workbook stream is called "Workbook"/"Book" and never has them.
 */
const ENCRYPTED_PACKAGE_UTF16 = Buffer.from("EncryptedPackage", "utf16le");

function startsWith(buf: Uint8Array, magic: readonly number[]): boolean {
  if (buf.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (buf[i] !== magic[i]) return false;
  return true;
}

export function sniffFileKind(buf: Buffer): FileKind {
  if (buf.length === 0) return "empty";
  if (startsWith(buf, ZIP_MAGIC) || startsWith(buf, EMPTY_ZIP_MAGIC)) return "zip";
  if (startsWith(buf, OLE_MAGIC)) return buf.includes(ENCRYPTED_PACKAGE_UTF16) ? "encrypted" : "oldXls";
  return "other";
}
