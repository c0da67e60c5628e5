/**
 * Words of printed dates in other languages than English, from the Unicode CLDR (as
 * shipped in ICU 78 with Node and the browsers): month and weekday names, full and
 * abbreviated, and the words CLDR puts between them in a full date and time ("de",
 * "às", "um", "alle ore"), lower case, letters only. A dateline such as
 * "segunda-feira, 22 de janeiro de 2018 às 0:13" is then made of stamp words only.
 *
 * Kept as data because asking `Intl.DateTimeFormat` at run time costs 0.2–0.3 s of
 * locale loading; `test/html/date-words.test.ts` checks the list against the
 * platform's CLDR (and prints the words it lacks). Made with these locales
 * and formats:
 */
export const dateWordLocales = ['de', 'fr', 'es', 'pt', 'it', 'nl', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'sk', 'ro', 'hu', 'hr', 'sl', 'tr', 'id', 'ru', 'uk', 'el', 'ca']
export const dateWordFormats: readonly Intl.DateTimeFormatOptions[] = [
  {dateStyle: 'full', timeStyle: 'short'},
  {day: 'numeric', month: 'long', year: 'numeric'},
  {day: 'numeric', month: 'short', year: 'numeric'},
  {month: 'long'},
  {month: 'short'},
  {weekday: 'long'},
  {weekday: 'short'}
]

/** The words, sorted (`localeCompare`-free code-unit order), space-separated. */
export const dateWordList = [
  "a abr abril ag ago agost agosto agu agustus alle août apr april aprile aprilie apríl apríla ara",
  "aralık aug august augusta augusti augustus augusztus avg avgust avr avril ağu ağustos bře březen",
  "března cmt cs csütörtök cum cuma cumartesi cze czerwca czerwiec czw czwartek d dc de dec",
  "december decembra decembrie del den des desember desembre dez dezember dezembro dg di dic",
  "dicembre diciembre dienstag dijous dilluns dim dimanche dimarts dimecres dinsdag dissabte",
  "diumenge divendres dj dl do dom domenica domingo donderdag donnerstag ds dt dub duben dubna dum",
  "duminică dv déc décembre eki ekim elo elokuu elokuuta ene enero eyl eylül feb febbraio febr",
  "febrer febrero februar februari februarie február februára feira fev fevereiro fr fre fredag",
  "freitag févr février gen gener gennaio gio giovedì giu giugno gru grudnia grudzień h haz haziran",
  "heinä heinäkuu heinäkuuta helmi helmikuu helmikuuta huhti huhtikuu huhtikuuta hétfő ian ianuarie",
  "iul iulie iun iunie jan janeiro januar januari január januára janv janvier jeu jeudi joi joulu",
  "joulukuu joulukuuta jue jueves juil juillet juin jul julho juli julij julio juliol jum jumat jun",
  "junho juni junij junio juny júl júla július jún júna június k kam kamis kas kasım ke kedd",
  "keskiviikko kesä kesäkuu kesäkuuta kl klo kol kolovoz kolovoza kvě květen května kwi kwiecień",
  "kwietnia la lauantai led leden ledna les lip lipanj lipca lipiec lipnja lis listopad listopada",
  "listopadu loka lokakuu lokakuuta lug luglio lun lundi lunedì lunes luni lut lutego luty lör",
  "lördag lør lørdag ma maalis maaliskuu maaliskuuta maanantai maandag maart mag maggio mai maig",
  "maio maj maja man mandag mar marca mardi marec maret marras marraskuu marraskuuta mars mart",
  "martedì martes martie marts marzec marzo març março marți may mayo mayıs mei mer mercoledì",
  "mercredi mi mie miercuri min minggu mittwoch mié miércoles mo montag mrt máj mája május márc",
  "március mär märz mån måndag ne ned nedelja nedeľa nedjelja neděle niedz niedziela nis nisan",
  "noiembrie nov november novembra novembre novembro noviembre o ob oca ocak oct octobre octombrie",
  "octubre okt oktober október októbra om ons onsdag ore ott ottobre out outubro ožu ožujak ožujka",
  "p paz pazar pazartesi paź październik października pe per perjantai perşembe pet petak petek pi",
  "piatok piątek po pon pondelok pondělí ponedeljek ponedjeljak poniedziałek pro prosinac prosinca",
  "prosince prosinec pt pukul pzt pá pátek péntek qua quarta qui quinta rab rabu ruj rujan rujna sa",
  "sab sabato sabtu sal salı sam samedi samstag seg segunda sel selasa sen senin sep sept september",
  "septembra septembre septembrie septiembre set setembre setembro settembre sex sexta sie sierpień",
  "sierpnia sij siječanj siječnja so sob sobota sonntag sre sreda sri srijeda srp srpanj srpen",
  "srpna srpnja st streda stu studeni studenoga sty styczeń stycznia středa su sub subota sunnuntai",
  "svi svibanj svibnja syys syyskuu syyskuuta sze szept szeptember szerda szo szombat sáb sábado",
  "sâm sâmbătă sön söndag søn søndag tammi tammikuu tammikuuta tem temmuz ter terça ti tiistai tir",
  "tirs tirsdag tis tisdag to tor torek tors torsdag torstai touko toukokuu toukokuuta tra travanj",
  "travnja u um ut uto utorak utorok v vasárnap velj veljača veljače ven vendredi venerdì vie",
  "viernes vin vineri vr vrijdag wo woensdag wrz wrzesień września wt wtorek za zaterdag zo zondag",
  "zář září à às ápr április çar çarşamba úno únor února út úterý červen července červenec června",
  "čet četrtek četvrtak čt čtvrtek čvc čvn říj říjen října śr środa şub şubat št štvrtok απρ",
  "απριλίου αυγ αυγούστου δεκ δεκεμβρίου δευ δευτέρα ιαν ιανουαρίου ιουλ ιουλίου ιουν ιουνίου κυρ",
  "κυριακή μ μαΐ μαΐου μαρ μαρτίου νοε νοεμβρίου οκτ οκτωβρίου πέμ πέμπτη παρ παρασκευή σάβ σάββατο",
  "σεπ σεπτεμβρίου στις τετ τετάρτη τρί τρίτη φεβ φεβρουαρίου авг август августа апр апрель апреля",
  "бер березень березня в вер вересень вересня воскресенье вс вт вторник вівторок г груд грудень",
  "грудня дек декабрь декабря жовт жовтень жовтня июл июль июля июн июнь июня квіт квітень квітня",
  "лип липень липня лист листопад листопада лют лютий лютого май мар март марта мая нд неділя нояб",
  "ноябрь ноября о окт октябрь октября пʼятниця пн понедельник понеділок пт пятница р сб сент",
  "сентябрь сентября середа серп серпень серпня ср среда суббота субота січ січень січня трав",
  "травень травня февр февраль февраля черв червень червня четвер четверг чт янв январь января"
].join(' ')

let words: Set<string> | null = null

/** `dateWordList` as a set. */
export function foreignDateWords(): ReadonlySet<string> {
  words ??= new Set(dateWordList.split(' '))
  return words
}
