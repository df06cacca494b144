/// Small curated word lists that are cues rather than names: speech verbs, role nouns, the
/// words that join or open names. Kept in code because they are grammar, not data.
enum EntityCueWords {
    /// Verbs of saying; shared with quote attribution.
    static let speechVerbs = [
        "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "wrote", "writes",
        "stated", "states", "noted", "notes", "explained", "explains", "claimed", "claims", "declared",
        "announced", "announces", "insisted", "insists", "argued", "argues", "warned", "warns", "stressed",
        "stresses", "emphasized", "emphasised", "emphasizes", "emphasises", "underscored", "underlined",
        "remarked", "commented", "replied", "responded", "continued", "concluded", "gloated", "demanded",
        "urged", "acknowledged", "admitted", "conceded", "suggested", "observed", "recalled", "tweeted",
        "posted", "asserted", "complained", "cautioned", "vowed", "promised", "predicted", "speculated",
        "reiterated", "repeated", "confirmed", "denied", "maintained", "contended", "countered", "quipped",
        "joked", "shouted", "saying", "adding", "telling", "noting", "explaining", "declaring", "writing",
        "arguing", "warning", "insisting", "stressing", "calling", "called", "thinks", "believes", "agreed",
        "agrees", "pointed", "expressed", "predicts", "mused", "lamented", "boasted", "charged", "alleged",
        "answered", "recounted", "elaborated", "signaled", "signalled", "testified", "wondered",
        "described", "describes", "describing", "branded", "termed", "urging", "accusing", "claiming", "vowing",
        "pledging", "demanding",
        "criticized", "criticised", "accused", "slammed", "blasted", "denounced", "praised", "cautioned",
        "wrote", "tweeted", "announced", "proclaimed", "retorted", "admitted", "explains", "recalls",
    ]
    /// Speech verbs whose object is the one addressed, not the speaker.
    static let addressVerbs = ["told", "tells", "telling", "asked", "asks", "urged", "warned", "warns"]
    /// Lower-case nouns that, written just before a name, say it is a person ("spokesman Liu").
    static let personNouns = [
        "spokesman", "spokeswoman", "spokesperson", "secretary", "minister", "president", "counterpart",
        "coordinator", "co-ordinator", "convener", "convenor", "representative",
        "director", "analyst", "fellow", "professor", "chairman", "chairwoman", "leader", "official",
        "adviser", "advisor", "ambassador", "envoy", "chief", "head", "researcher", "scientist", "economist",
        "expert", "diplomat", "general", "commander", "premier", "chancellor", "lawmaker", "senator",
        "governor", "mayor", "founder", "executive", "editor", "reporter", "correspondent", "author",
        "journalist", "colleague", "wife", "husband", "son", "daughter", "brother", "sister", "mother",
        "father", "deputy", "lawyer", "attorney", "judge", "candidate", "activist", "historian", "scholar",
        "columnist", "commentator", "strategist", "aide", "prosecutor", "admiral", "colonel", "captain",
        "billionaire", "businessman", "businesswoman", "entrepreneur", "tycoon", "investor", "manager",
        "coach", "player", "actor", "actress", "singer", "rapper", "novelist", "director-general",
        "pontiff", "cardinal", "archbishop", "bishop", "priest", "rabbi", "imam",
        "magistrate", "sheriff", "detective", "inspector", "sergeant", "officer", "councillor", "councilor",
        "commissioner", "pastor", "vicar", "chaplain", "seed", "champion", "striker", "midfielder", "defender",
        "goalkeeper", "skipper", "grandmother", "grandfather", "granddaughter", "grandson", "widow", "widower",
        "chef", "teacher", "farmer", "doctor", "nurse", "surgeon", "chair", "chairperson", "co-chair",
        "co-founder", "treasurer", "superintendent", "principal", "curator", "architect", "physician",
        "psychologist", "owner", "co-owner", "campaigner", "organiser", "organizer", "resident", "neighbour",
        "neighbor", "volunteer", "survivor", "witness", "pilot", "photographer", "full-back", "fullback",
        "fly-half", "flyhalf", "scrum-half", "winger", "flanker", "forward", "opener", "batsman", "batter",
        "bowler", "spinner", "wicketkeeper", "quarterback", "veteran", "rookie", "teenager", "youngster",
        "consultant", "engineer", "lecturer", "planner", "surveyor", "accountant", "solicitor", "barrister",
        "therapist", "psychiatrist", "paramedic", "firefighter", "constable", "hooker", "prince", "princess",
    ]
    /// Lower-case nouns that, written just after a single capitalized word, make it an organization.
    static let organizationNouns = [
        "news", "agency", "newspaper", "daily", "broadcaster", "channel", "company", "firm", "group",
        "corporation", "bank", "network", "magazine", "outlet", "website", "conglomerate", "airline",
        "party", "militia", "army", "ministry", "government", "publication", "tabloid", "radio",
        // "Nordavia's shares", "Kestrel shareholders": what a company has.
        "shares", "stock", "shareholders", "employees", "headquarters", "customers", "subsidiary", "revenue",
        "revenues", "profits", "ceo", "stores", "factories", "executives",
    ]
    /// Nouns that, ending an apposition ("Paystream, a Lagos-based payments startup"), say the
    /// name before it is an organization.
    static let organizationKinds = [
        "company", "companies", "firm", "startup", "start-up", "group", "maker", "manufacturer", "bank", "lender",
        "insurer", "retailer", "provider", "operator", "carrier", "developer", "charity", "nonprofit",
        "non-profit", "organization", "organisation", "agency", "club", "team", "network", "chain", "brand",
        "fund", "investor", "consultancy", "publisher", "broadcaster", "newspaper", "website", "platform",
        "party", "union", "association", "regulator", "watchdog", "supplier", "producer", "conglomerate",
        "giant", "outfit", "utility", "subsidiary", "airline", "automaker", "carmaker", "chipmaker",
        "drugmaker", "miner", "exporter", "importer", "distributor", "broker", "brokerage", "institute",
        "university", "school", "hospital", "think-tank", "thinktank", "tank", "manufacturers", "business",
        "studio", "label", "magazine", "app", "service", "exchange", "corporation", "institution",
        // "the band Sauti Sol", "the orchestra Les Dissonances": who perform together.
        "band", "orchestra", "choir", "ensemble", "troupe",
    ]
    /// Words that refer to a thing, not a person: "X said it would…", "X, which…".
    static let thingPronouns = ["it", "its", "which"]
    /// Join capitalized words after an organization or place word.
    static let headConnectors = ["of", "on", "for"]
    /// Name particles: "Ursula von der Leyen", "Charles de Gaulle".
    static let particles = [
        "von", "van", "der", "den", "de", "da", "di", "del", "della", "la", "le", "du", "bin", "ibn", "al",
        "el", "dos", "das", "ter", "ten", "zu", "binti", "binte", "bte",
        // A Filipino surname's: "Enrico dela Cruz", "Ronald delos Santos", "Ana de los Reyes".
        "dela", "delos", "los",
        // A Maasai name's and a Kikuyu name's "son of": "Joseph ole Sankale", "Ngugi wa Thiong'o".
        "ole", "wa",
    ]
    /// Open an apposition about a person: "Sung, a political scientist".
    static let appositionOpeners = ["a", "an", "the", "who", "whose", "former", "now"]
    static let pronouns = ["he", "she"]
    /// Begin an unnamed speaker: "“…,” a senior official said".
    static let unnamedOpeners = [
        "a", "an", "the", "one", "another", "this", "that", "his", "her", "their", "its", "our", "some",
        "two", "three", "several", "many", "officials", "official", "sources", "spokesperson", "spokesman",
    ]
    /// Institutions a text may name in lower case after a place ("UN security council").
    static let lowercaseBodies = [
        "council", "assembly", "department", "ministry", "committee", "commission", "parliament", "agency",
        "office", "court", "senate", "congress", "cabinet", "army", "navy", "embassy", "police", "treasury",
    ]
    /// Words that qualify such an institution ("national security", "foreign", "defence").
    static let bodyQualifiers = [
        "security", "national", "foreign", "defence", "defense", "state", "general", "supreme", "interior",
        "justice", "finance", "trade", "commerce", "health", "education", "home", "intelligence", "armed",
        "federal", "central", "constitutional", "human", "rights", "energy", "economic", "affairs", "war",
        "environment", "agriculture", "transport", "labour", "labor", "emergency", "special", "joint",
        "presidential", "military", "high", "district", "appeals", "electoral", "election",
    ]
}
