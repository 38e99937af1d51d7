//! Which column is which field, and which words name which sector, in English, French and
//! Dutch, compared without case, accents, spaces or punctuation.

use crate::domain::lines::fold;
use crate::domain::stakeholder::Sector;

/// A stakeholder field a column can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Organisation,
    Role,
    Sector,
    Phone,
    Email,
    Address,
    Communities,
    Formality,
    Tier,
    KeyFigure,
    Cadence,
    Notes,
}

impl Field {
    pub const ALL: [Field; 13] = [
        Field::Name,
        Field::Organisation,
        Field::Role,
        Field::Sector,
        Field::Phone,
        Field::Email,
        Field::Address,
        Field::Communities,
        Field::Formality,
        Field::Tier,
        Field::KeyFigure,
        Field::Cadence,
        Field::Notes,
    ];

    /// The name used by `--mapping` and in exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Organisation => "organisation",
            Field::Role => "role",
            Field::Sector => "sector",
            Field::Phone => "phone",
            Field::Email => "email",
            Field::Address => "address",
            Field::Communities => "communities",
            Field::Formality => "formality",
            Field::Tier => "tier",
            Field::KeyFigure => "key_figure",
            Field::Cadence => "cadence_days",
            Field::Notes => "notes",
        }
    }

    fn words(self) -> &'static [&'static str] {
        match self {
            Field::Name => &[
                "name",
                "fullname",
                "contact",
                "nom",
                "nomcomplet",
                "prenometnom",
                "naam",
                "volledigenaam",
                "voornaamennaam",
            ],
            Field::Organisation => &[
                "organisation",
                "organization",
                "org",
                "organisme",
                "structure",
                "association",
                "organisatie",
                "instelling",
                "vereniging",
                "dienst",
            ],
            Field::Role => &[
                "role", "function", "position", "jobtitle", "fonction", "poste", "functie", "rol",
            ],
            Field::Sector => &["sector", "secteur", "domain", "domaine", "domein"],
            Field::Phone => &[
                "phone",
                "telephone",
                "tel",
                "mobile",
                "gsm",
                "portable",
                "telefoon",
                "telefoonnummer",
                "numero",
            ],
            Field::Email => &[
                "email",
                "mail",
                "emailaddress",
                "courriel",
                "adressemail",
                "adresseemail",
                "emailadres",
            ],
            Field::Address => &["address", "adresse", "adres"],
            Field::Communities => &[
                "communities",
                "community",
                "reaches",
                "communautes",
                "communaute",
                "gemeenschappen",
                "gemeenschap",
                "doelgroep",
            ],
            Field::Formality => &[
                "formality",
                "formalinformal",
                "formelinformel",
                "formeelinformeel",
                "type",
            ],
            Field::Tier => &["tier", "level", "niveau"],
            Field::KeyFigure => &[
                "keyfigure",
                "key",
                "figurecle",
                "personnecle",
                "sleutelfiguur",
            ],
            Field::Cadence => &[
                "cadence",
                "cadencedays",
                "rythme",
                "frequence",
                "frequentie",
                "ritme",
            ],
            Field::Notes => &[
                "notes",
                "note",
                "remarks",
                "comments",
                "remarques",
                "commentaire",
                "commentaires",
                "opmerkingen",
                "notities",
            ],
        }
    }

    pub fn parse(s: &str) -> Option<Field> {
        let f = fold(s);
        Field::ALL.into_iter().find(|x| fold(x.as_str()) == f)
    }
}

/// The field a header names, if any.
pub fn field_of(header: &str) -> Option<Field> {
    let h = fold(header);
    Field::ALL
        .into_iter()
        .find(|f| f.words().contains(&h.as_str()))
}

fn sector_words(s: &Sector) -> &'static [&'static str] {
    match s {
        Sector::LocalAuthority => &[
            "communes",
            "gemeentebestuur",
            "gemeentediensten",
            "servicecommunal",
            "servicescommunaux",
            "administrationlocale",
            "preventiedienst",
            "servicedeprevention",
            "localauthority",
            "municipality",
            "city",
            "council",
            "commune",
            "ville",
            "administrationcommunale",
            "gemeente",
            "stad",
            "stadsbestuur",
            "lokaalbestuur",
        ],
        Sector::Police => &[
            "polices",
            "politiezones",
            "policelocale",
            "lokalepolitie",
            "zp",
            "wijkagent",
            "agentdequartier",
            "police",
            "politie",
            "polizei",
            "zonedepolice",
            "politiezone",
        ],
        Sector::Justice => &[
            "justitiehuizen",
            "maisonsdejustice",
            "jeugdrechtbank",
            "tribunaldelajeunesse",
            "spj",
            "saj",
            "jeugdzorg",
            "justice",
            "justitie",
            "parquet",
            "parket",
            "maisondejustice",
            "justitiehuis",
            "probation",
        ],
        Sector::MentalHealth => &[
            "ssm",
            "servicedesantementale",
            "servicesdesantementale",
            "centrumgeestelijkegezondheidszorg",
            "cggz",
            "mentalhealth",
            "santementale",
            "geestelijkegezondheid",
            "ggz",
            "cgg",
            "psychiatry",
            "psychiatrie",
        ],
        Sector::Health => &[
            "medecins",
            "huisartsen",
            "ziekenhuis",
            "hopital",
            "maisonmedicale",
            "wijkgezondheidscentrum",
            "health",
            "healthcare",
            "sante",
            "soinsdesante",
            "gezondheid",
            "gezondheidszorg",
            "gp",
            "medecin",
            "huisarts",
        ],
        Sector::Education => &[
            "ecoles",
            "scholen",
            "cpms",
            "centrepms",
            "athenee",
            "lycee",
            "leerlingenbegeleiding",
            "education",
            "school",
            "schools",
            "enseignement",
            "ecole",
            "onderwijs",
            "clb",
            "pms",
        ],
        Sector::SocialWelfare => &[
            "actionsociale",
            "servicesocial",
            "servicessociaux",
            "welzijnswerk",
            "caw",
            "maatschappelijkwerk",
            "travailsocial",
            "sociaalhuis",
            "socialwelfare",
            "welfare",
            "socialservices",
            "cpas",
            "aidesociale",
            "ocmw",
            "welzijn",
            "socialewelzijn",
        ],
        Sector::YouthWork => &[
            "maisonsdejeunes",
            "mj",
            "amo",
            "jeugdhuizen",
            "jeugdbeweging",
            "mouvementdejeunesse",
            "jongerenwerk",
            "travaildejeunesse",
            "jeunes",
            "jongeren",
            "youthwork",
            "youth",
            "jeunesse",
            "travailjeunesse",
            "maisondejeunes",
            "jeugdwerk",
            "jeugd",
            "jeugdhuis",
        ],
        Sector::Religious => &[
            "religieuzeorganisatie",
            "organisationreligieuse",
            "organisationsreligieuses",
            "cultes",
            "mosquees",
            "moskeeen",
            "kerken",
            "eglises",
            "synagogue",
            "temple",
            "paroisse",
            "parochie",
            "religieuze",
            "religieuse",
            "religious",
            "religion",
            "faith",
            "culte",
            "religieux",
            "mosquee",
            "eglise",
            "religieus",
            "geloof",
            "moskee",
            "kerk",
        ],
        Sector::Sports => &[
            "clubdesport",
            "clubsdesport",
            "clubssportifs",
            "sportclubs",
            "sportverenigingen",
            "salledesport",
            "sporthal",
            "football",
            "voetbal",
            "voetbalclub",
            "boxe",
            "boxing",
            "sports",
            "sport",
            "club",
            "sportclub",
            "clubsportif",
            "sportvereniging",
        ],
        Sector::Culture => &[
            "centreculturel",
            "cultureelcentrum",
            "bibliotheque",
            "bibliotheek",
            "musee",
            "museum",
            "culture",
            "cultuur",
            "arts",
            "art",
            "kunst",
        ],
        Sector::Community => &[
            "associations",
            "verenigingen",
            "associationdequartier",
            "comitedequartier",
            "buurtcomite",
            "maisondequartier",
            "buurthuis",
            "wijkwerking",
            "samenlevingsopbouw",
            "community",
            "neighbourhood",
            "neighborhood",
            "communaute",
            "quartier",
            "associatif",
            "gemeenschap",
            "buurt",
            "buurtwerk",
        ],
        Sector::Business => &[
            "commerces",
            "entreprises",
            "bedrijven",
            "handelaars",
            "winkels",
            "commercants",
            "horeca",
            "business",
            "localbusiness",
            "shop",
            "commerce",
            "entreprise",
            "commercant",
            "handel",
            "bedrijf",
            "winkel",
            "middenstand",
        ],
        Sector::Housing => &[
            "logementssociaux",
            "socialehuisvesting",
            "sociaalwoonbedrijf",
            "huisvestingsmaatschappij",
            "shm",
            "housing",
            "logement",
            "logementsocial",
            "huisvesting",
            "sociaalwonen",
            "wonen",
        ],
        Sector::Employment => &[
            "emplois",
            "werkgelegenheid",
            "missionlocale",
            "arbeidsbemiddeling",
            "employment",
            "jobs",
            "emploi",
            "forem",
            "actiris",
            "werk",
            "tewerkstelling",
            "vdab",
        ],
        Sector::Other(_) => &[],
    }
}

/// The standard sector a folded word names, trying it as written then in the singular
/// (French and English `-s`/`-x`, Dutch `-en`/`-s`).
fn sector_of_word(t: &str) -> Option<Sector> {
    let forms = [
        Some(t),
        t.strip_suffix('s'),
        t.strip_suffix('x'),
        t.strip_suffix("en"),
        t.strip_suffix("es"),
    ];
    forms
        .into_iter()
        .flatten()
        .filter(|f| f.len() >= 2)
        .find_map(|f| {
            Sector::STANDARD
                .iter()
                .find(|s| sector_words(s).contains(&f))
                .cloned()
        })
}

/// The standard sector a text names: the whole text, else its first word that names one
/// ("CPAS de Molenbeek", "Club de sport Les Aigles"); else `Other` keeping the text.
pub fn sector_of(text: &str) -> Sector {
    let t = fold(text);
    if t.is_empty() {
        return Sector::Other(String::new());
    }
    sector_of_word(&t)
        .or_else(|| {
            text.split(|c: char| !c.is_alphanumeric())
                .map(fold)
                .filter(|w| w.len() >= 2)
                .find_map(|w| sector_of_word(&w))
        })
        .unwrap_or_else(|| Sector::Other(text.trim().to_owned()))
}

/// Whether a text names its sector word for word (else the preview shows the guess).
pub fn sector_is_exact(text: &str) -> bool {
    let t = fold(text);
    Sector::STANDARD
        .iter()
        .any(|s| sector_words(s).contains(&t.as_str()))
}

/// Whether a header names a column of categories, groups or labels (Outlook, Google).
pub fn is_categories(header: &str) -> bool {
    matches!(
        fold(header).as_str(),
        "categories"
            | "category"
            | "categorie"
            | "categorieen"
            | "groups"
            | "group"
            | "groupes"
            | "groupe"
            | "groepen"
            | "groep"
            | "groupmembership"
            | "labels"
            | "label"
            | "etiquettes"
            | "tags"
    )
}

/// The categories of a cell: `;` or `,` (Outlook) or ` ::: ` (Google) between them;
/// Google's own groups (`* myContacts`, `* starred`) left out.
pub fn categories(cell: &str) -> Vec<String> {
    cell.split(":::")
        .flat_map(|p| p.split([';', ',']))
        .map(str::trim)
        .filter(|c| !c.is_empty() && !c.starts_with('*'))
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_three_languages() {
        for (h, f) in [
            ("Name", Field::Name),
            ("NOM", Field::Name),
            ("Naam", Field::Name),
            ("Organisatie", Field::Organisation),
            ("Téléphone", Field::Phone),
            ("telefoon", Field::Phone),
            ("E-mail", Field::Email),
            ("Courriel", Field::Email),
            ("Fonction", Field::Role),
            ("functie", Field::Role),
            ("Secteur", Field::Sector),
            ("Opmerkingen", Field::Notes),
        ] {
            assert_eq!(field_of(h), Some(f), "{h}");
        }
        assert_eq!(field_of("Date de naissance"), None);
        assert_eq!(Field::parse("Email"), Some(Field::Email));
    }

    #[test]
    fn sectors_in_three_languages_else_other_with_the_text() {
        assert_eq!(sector_of("Politie"), Sector::Police);
        assert_eq!(sector_of("Enseignement"), Sector::Education);
        assert_eq!(sector_of("OCMW"), Sector::SocialWelfare);
        assert_eq!(sector_of("Jeugdwerk"), Sector::YouthWork);
        assert_eq!(sector_of("Santé mentale"), Sector::MentalHealth);
        assert_eq!(sector_of("Mosquée"), Sector::Religious);
        assert_eq!(sector_of("Brandweer"), Sector::Other("Brandweer".into()));
    }

    #[test]
    fn sectors_as_people_write_them() {
        for (text, sector) in [
            ("Action sociale", Sector::SocialWelfare),
            ("CPAS", Sector::SocialWelfare),
            ("cpas de Molenbeek", Sector::SocialWelfare),
            ("O.C.M.W.", Sector::SocialWelfare),
            ("Club de sport", Sector::Sports),
            ("Clubs de sport", Sector::Sports),
            ("Religieuze organisatie", Sector::Religious),
            ("Religieuze organisaties", Sector::Religious),
            ("Moskeeën", Sector::Religious),
            ("Écoles", Sector::Education),
            ("ecole", Sector::Education),
            ("CLB", Sector::Education),
            ("P.M.S.", Sector::Education),
            ("Maisons de jeunes", Sector::YouthWork),
            ("Jeugdhuizen", Sector::YouthWork),
            ("Zone de police", Sector::Police),
            ("Services sociaux", Sector::SocialWelfare),
            ("Sportclubs", Sector::Sports),
        ] {
            assert_eq!(sector_of(text), sector, "{text}");
        }
        assert!(sector_is_exact("ocmw") && !sector_is_exact("cpas de Molenbeek"));
        assert_eq!(
            sector_of("Brandweer Oost"),
            Sector::Other("Brandweer Oost".into())
        );
    }

    #[test]
    fn categories_from_outlook_and_google() {
        assert!(is_categories("Catégories") && is_categories("Group Membership"));
        assert_eq!(categories("Partners;Jeugd"), vec!["Partners", "Jeugd"]);
        assert_eq!(
            categories("* myContacts ::: Réseau ::: * starred"),
            vec!["Réseau"]
        );
    }
}
