// Closed-class English cue words the linker reads context with. These are linguistic constants,
// not names: every person and place comes from the index. All entries are folded (see foldWord).

/** Words and phrases that introduce a person: "President Barack Obama", "Mr Cordesman". */
export const PERSON_TITLES = new Set([
  'president', 'presidents', 'vice', 'prime', 'minister', 'ministers', 'secretary', 'senator', 'sen', 'rep',
  'representative', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'king', 'queen', 'prince',
  'princess', 'pope', 'general', 'gen', 'colonel', 'col', 'lieutenant', 'lt', 'major', 'maj', 'captain', 'capt',
  'admiral', 'adm', 'sergeant', 'sgt', 'commander', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor',
  'chancellor', 'ambassador', 'judge', 'justice', 'sheikh', 'sheik', 'ayatollah', 'emir', 'sultan', 'lord', 'sir',
  'dame', 'deputy', 'speaker', 'leader', 'chairman', 'chairwoman', 'chair', 'director', 'ceo', 'founder',
  'rev', 'reverend', 'father', 'bishop', 'archbishop', 'cardinal', 'imam', 'rabbi', 'coach', 'officer', 'agent',
  'detective', 'inspector', 'chief', 'councillor', 'councilman', 'councilwoman', 'assemblyman', 'assemblywoman',
  'spokesman', 'spokeswoman', 'spokesperson', 'counterpart', 'foreign', 'defence', 'defense', 'interior',
  'finance', 'treasury', 'attorney', 'strategist', 'analyst', 'economist', 'author', 'writer', 'columnist',
  'correspondent', 'reporter', 'editor', 'commissioner', 'superintendent', 'opposition', 'premier',
  'treasurer', 'mp', 'lawmaker', 'legislator', 'prosecutor',
  'lawyer', 'anchor', 'actor', 'actress', 'singer', 'player', 'striker', 'manager',
  'chef', 'designer', 'artist', 'sister', 'brother', 'mother', 'daughter', 'wife', 'husband', 'widow',
  'uncle', 'aunt', 'cousin', 'pastor', 'student', 'teacher', 'nurse', 'doctor',
]);

/** Multi-word titles whose capitalised words must not be read as names ("Secretary of State" is not State). */
export const TITLE_PHRASES: readonly string[][] = [
  ['secretary', 'of', 'state'],
  ['secretary', 'of', 'defense'],
  ['secretary', 'of', 'defence'],
  ['secretary', 'of', 'the', 'treasury'],
  ['secretary', 'of', 'homeland', 'security'],
  ['secretary', 'of', 'energy'],
  ['secretary', 'of', 'commerce'],
  ['minister', 'of', 'foreign', 'affairs'],
  ['minister', 'of', 'defence'],
  ['minister', 'of', 'defense'],
  ['minister', 'of', 'finance'],
  ['minister', 'of', 'state'],
  ['secretary', 'general'],
  ['attorney', 'general'],
  ['chief', 'of', 'staff'],
  ['head', 'of', 'state'],
];

/** Verbs of speech and cognition right after a name mark it as a person: "Cordesman said". */
export const PERSON_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'argued', 'argues', 'wrote', 'writes', 'noted', 'notes',
  'stated', 'explained', 'insisted', 'claimed', 'asked', 'answered', 'replied', 'warned', 'urged', 'announced',
  'declared', 'believes', 'believed', 'thinks', 'thought', 'admitted', 'acknowledged', 'denied', 'tweeted',
  'blasted', 'intoned', 'pledged', 'promised', 'vowed', 'met', 'meets', 'spoke', 'speaks', 'his', 'her',
  'himself', 'herself', 'who', 'sought', 'persisted', 'pointedly',
]);

/** Prepositions before a name that suggest a place: "in Aleppo", "from Moscow". */
export const PLACE_PREPOSITIONS = new Set([
  'in', 'at', 'from', 'near', 'to', 'into', 'across', 'throughout', 'outside', 'inside', 'around', 'towards',
  'toward', 'via', 'through', 'within', 'between', 'over', 'of', 'on', 'out',
]);

/** Capitalised words after a place name that make the whole an organisation or a thing ("Washington Post"). */
export const ORGANISATION_HEADS = new Set([
  'post', 'times', 'journal', 'herald', 'tribune', 'gazette', 'chronicle', 'observer', 'telegraph', 'standard',
  'mail', 'news', 'review', 'magazine', 'examiner', 'inquirer', 'independent', 'express', 'courier', 'house',
  'university', 'college', 'school', 'institute', 'institution', 'center', 'centre', 'bank', 'council', 'party',
  'army', 'navy', 'police', 'airlines', 'airways', 'airport', 'club', 'fc', 'united', 'company', 'corporation',
  'corp', 'inc', 'ltd', 'group', 'foundation', 'museum', 'hospital', 'church', 'cathedral', 'mosque', 'ministry',
  'department', 'agency', 'committee', 'commission', 'court', 'senate', 'assembly', 'parliament', 'congress',
  'stock', 'exchange', 'station', 'stadium', 'street', 'avenue', 'road', 'square', 'declaration', 'accord',
  'agreement', 'treaty', 'convention', 'protocol', 'conference', 'games', 'olympics', 'cup', 'open',
  'marathon', 'festival', 'award', 'prize', 'fund', 'trust', 'project', 'program', 'programme', 'initiative',
  'motors', 'energy', 'petroleum', 'steel', 'technologies', 'capitals', 'nationals', 'wizards', 'redskins',
  'mystics', 'state', 'zoo', 'national', 'international', 'images', 'media', 'pictures', 'studios', 'records',
  'holdings', 'partners', 'ventures', 'presse', 'press', 'broadcasting', 'television', 'radio', 'network',
  'bill', 'act', 'law', 'amendment', 'report', 'plan', 'doctrine', 'war', 'wars', 'crisis', 'revolution', 'spring',
  'depression', 'summit', 'talks', 'accords', 'massacre', 'uprising', 'consultative', 'editor', 'orchestra', 'opera', 'theatre', 'theater', 'monument', 'memorial',
]);

/** Lower-case words after a place name that make it an institution's: "the Bardo museum", "Royal Shrewsbury hospital". */
export const INSTITUTION_NOUNS = new Set(['museum', 'hospital', 'university', 'airport', 'stadium', 'zoo', 'prison', 'police']);

/** Lower-case words after a place that make it a publication's name: "New York magazine". */
export const MEDIA_NOUNS = new Set(['magazine', 'newspaper', 'edition', 'tabloid', 'daily']);

/** Newspapers and broadcasters: "Washington Post", "Jordan Times", "China Daily". */
export const MEDIA_HEADS = new Set([
  'post', 'times', 'journal', 'herald', 'tribune', 'gazette', 'chronicle', 'observer', 'telegraph', 'standard',
  'mail', 'news', 'daily', 'review', 'magazine', 'examiner', 'inquirer', 'independent', 'express', 'courier',
  'today', 'globe', 'star', 'sun', 'mirror', 'record', 'dispatch', 'register', 'sentinel', 'bulletin', 'press',
]);

/** Capitalised words before "of" that make "X of <place>" an organisation ("University of Texas"). */
export const ORGANISATION_OF_HEADS = new Set([
  'university', 'bank', 'college', 'institute', 'museum', 'church', 'council', 'school', 'academy', 'archbishop',
  'bishop', 'diocese', 'duke', 'duchess', 'earl', 'prince', 'princess', 'battle', 'siege', 'treaty', 'port',
  'mayor', 'governor', 'government', 'people', 'republic', 'kingdom', 'state', 'ministry', 'department',
  'friends', 'lady', 'gospel', 'book',
]);

/** Particles inside personal and place names: "Bashar al-Assad", "Ursula von der Leyen". */
export const NAME_PARTICLES = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'ben', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du',
  'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'y', 'e', 'zu', 'af', 'st',
]);

/**
 * Capitalised words that name no person or place on their own, even when an index key spells them
 * (the town of August, California): dates, parties, faiths, compass points, the planet.
 */
export const NOT_NAME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'i', 'ii', 'iii', 'iv',
  'democrat', 'democrats', 'democratic', 'republican', 'republicans', 'labour', 'conservative', 'conservatives',
  'tory', 'tories', 'liberal', 'liberals', 'socialist', 'socialists', 'communist', 'communists', 'green', 'greens',
  'muslim', 'muslims', 'christian', 'christians', 'jewish', 'jew', 'jews', 'islamic', 'islamist', 'islamists',
  'catholic', 'catholics', 'protestant', 'sunni', 'sunnis', 'shia', 'shiite', 'shiites', 'hindu', 'buddhist',
  'orthodox', 'arab', 'arabs', 'kurd', 'kurds', 'kurdish', 'eurasian', 'african', 'asian', 'european', 'american',
  'latin', 'hispanic', 'westerner', 'westerners', 'pashtun', 'baloch', 'berber', 'sikh', 'alawite', 'druze',
  'yazidi', 'aboriginal', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'northeast', 'northwest', 'southeast', 'southwest', 'earth', 'roman', 'ottoman', 'soviet', 'god', 'allah',
]);

/**
 * Capitalised words that may open a place's name without making it an organisation's: "Northern Syria",
 * "Mount Everest", "Greater London". Any other unknown capitalised word before a place inside one name
 * makes the whole an organisation ("Gallup Korea", "Yahoo Japan", "Royal Shrewsbury").
 */
export const PLACE_MODIFIERS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast',
  'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper',
  'lower', 'greater', 'inner', 'outer', 'mount', 'mt', 'lake', 'river', 'cape', 'port', 'fort', 'gulf', 'bay',
  'sea', 'island', 'islands', 'new', 'old', 'san', 'santa', 'saint', 'st', 'sao', 'los', 'las', 'el', 'la',
  'rural', 'downtown', 'suburban', 'occupied', 'metropolitan', 'coastal', 'mainland', 'all', 'free', 'independent',
  // ...and words that may close one: "Aleppo Governorate", "Euphrates Valley".
  'province', 'governorate', 'district', 'region', 'county', 'city', 'oblast', 'prefecture', 'municipality',
  'valley', 'mountains', 'desert', 'coast', 'peninsula', 'basin', 'strait', 'ocean', 'delta', 'plain', 'plateau',
  'highlands', 'canal', 'harbour', 'harbor', 'beach', 'borough', 'township', 'territory', 'heights', 'hills',
]);
