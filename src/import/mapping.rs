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
            "police",
            "politie",
            "polizei",
            "zonedepolice",
            "politiezone",
        ],
        Sector::Justice => &[
            "justice",
            "justitie",
            "parquet",
            "parket",
            "maisondejustice",
            "justitiehuis",
            "probation",
        ],
        Sector::MentalHealth => &[
            "mentalhealth",
            "santementale",
            "geestelijkegezondheid",
            "ggz",
            "cgg",
            "psychiatry",
            "psychiatrie",
        ],
        Sector::Health => &[
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
            "sports",
            "sport",
            "club",
            "sportclub",
            "clubsportif",
            "sportvereniging",
        ],
        Sector::Culture => &["culture", "cultuur", "arts", "art", "kunst"],
        Sector::Community => &[
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
            "housing",
            "logement",
            "logementsocial",
            "huisvesting",
            "sociaalwonen",
            "wonen",
        ],
        Sector::Employment => &[
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

/// The standard sector a word names, else `Other` keeping the original text.
pub fn sector_of(text: &str) -> Sector {
    let t = fold(text);
    if t.is_empty() {
        return Sector::Other(String::new());
    }
    Sector::STANDARD
        .iter()
        .find(|s| sector_words(s).contains(&t.as_str()))
        .cloned()
        .unwrap_or_else(|| Sector::Other(text.trim().to_owned()))
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
}
