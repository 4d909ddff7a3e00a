import { Rng } from "./prng";

/**
 * Russian names for the example staff. Surnames are stored in the masculine form and turned
 * feminine by the usual rules; Ural surnames in -ых/-их and Ukrainian ones in -ко do not change.
 */
const SURNAMES = (
  "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев " +
  "Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев " +
  "Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв " +
  "Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков " +
  "Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов " +
  "Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов Савельев " +
  "Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев Чернышёв Быков " +
  "Маслов Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов " +
  "Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров Емельянов Никифоров " +
  "Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев " +
  "Бирюков Горбунов Анисимов Ерёмин Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров " +
  "Симонов Прокофьев Харитонов Князев Цветков Левин Митрофанов Воронов Аксёнов Мальцев Логинов Горшков " +
  "Савин Краснов Майоров Демидов Елисеев Рыбаков Сафонов Плотников Дёмин Хохлов Жданов Бобров Суханов " +
  "Третьяков Вешкурцев Паньков Зырянов Бабушкин Мехонцев Пермяков Черепанов Шипицын Коптелов Ощепков " +
  "Бачинин Кокшаров Спирин Трапезников Мамаев Пушкарёв Южаков Оносов Ладыгин Заостровных Черных Седых " +
  "Долгих Белых Кривых Коваленко Бондаренко Шевченко Ткаченко Островский Вишневский Покровский Шевчук"
).split(" ");

const FEMALE_OLD = "Галина Людмила Надежда Валентина Любовь Тамара Нина Вера Лариса Алла Римма Зоя Раиса Татьяна Наталья Ольга".split(" ");
const FEMALE_MID = "Елена Ольга Наталья Татьяна Ирина Светлана Марина Юлия Оксана Инна Жанна Эльвира Лилия Екатерина Анна Евгения Анжелика".split(" ");
const FEMALE_YOUNG = "Анастасия Дарья Ксения Алёна Виктория Кристина Полина Софья Александра Елизавета Валерия Алина Ангелина Вероника Яна Олеся Екатерина Мария Анна".split(" ");
const MALE = "Александр Сергей Андрей Алексей Дмитрий Владимир Михаил Николай Евгений Игорь Олег Виктор Юрий Павел Константин Денис Максим Артём Иван Роман Вячеслав Анатолий Геннадий Валерий Василий Илья Кирилл Никита Егор Станислав".split(" ");
const PATRONYMICS = (
  "Александрович Сергеевич Андреевич Алексеевич Владимирович Михайлович Николаевич Викторович Юрьевич " +
  "Петрович Иванович Анатольевич Геннадьевич Валерьевич Васильевич Борисович Евгеньевич Игоревич Олегович " +
  "Павлович Дмитриевич Леонидович Григорьевич Фёдорович Константинович Вячеславович Аркадьевич Степанович " +
  "Ильич Никитич Романович Владиславович Витальевич Германович Эдуардович"
).split(" ");

const INDECLINABLE = /(ых|их|ко|ук)$/;

export function feminineSurname(masculine: string): string {
  if (INDECLINABLE.test(masculine)) return masculine;
  if (/(ский|цкий)$/.test(masculine)) return masculine.slice(0, -2) + "ая";
  if (/ой$/.test(masculine)) return masculine.slice(0, -2) + "ая";
  return masculine + "а";
}

export function femininePatronymic(masculine: string): string {
  if (masculine === "Ильич") return "Ильинична";
  if (masculine === "Никитич") return "Никитична";
  return masculine.slice(0, -2) + "на";
}

export type Gender = "m" | "f";

export interface PersonName {
  readonly surname: string;
  readonly first: string;
  readonly patronymic: string;
}

export function fullNameOf(n: PersonName): string {
  return `${n.surname} ${n.first} ${n.patronymic}`;
}

/** «Иванова А.П.», the way school sheets often shorten a name. */
export function initialsOf(full: string): string {
  const [surname, ...rest] = full.split(" ");
  return `${surname} ${rest.map((w) => w[0] + ".").join("")}`;
}

/** A name that fits the person's sex and generation (a 1965 Галина, a 1998 Полина). */
export function randomName(rng: Rng, gender: Gender, birthYear: number): PersonName {
  const base = rng.pick(SURNAMES);
  const father = rng.pick(PATRONYMICS);
  if (gender === "m") return { surname: base, first: rng.pick(MALE), patronymic: father };
  const pool = birthYear < 1972 ? FEMALE_OLD : birthYear < 1988 ? FEMALE_MID : FEMALE_YOUNG;
  return { surname: feminineSurname(base), first: rng.pick(pool), patronymic: femininePatronymic(father) };
}
