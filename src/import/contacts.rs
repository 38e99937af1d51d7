//! Address books: an Outlook (English, French, Dutch) or Google Contacts export is
//! recognised by its headers and turned into the plain columns a plan reads. vCards
//! ([`super::vcard`]) come through the same [`Contact`].

use super::table::{Format, Table};
use crate::domain::lines::fold;
use crate::i18n::t;

/// One address book entry, before validation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contact {
    pub line: u64,
    /// A display name, when the source has one.
    pub display: String,
    pub first: String,
    pub middle: String,
    pub last: String,
    pub company: String,
    pub department: String,
    pub title: String,
    /// (kind as the source names it, number): the first business one is the contact.
    pub phones: Vec<(String, String)>,
    pub emails: Vec<(String, String)>,
    pub address: Vec<String>,
    pub notes: String,
    pub categories: Vec<String>,
    /// Anything else worth keeping: (label, value), kept in the notes.
    pub extra: Vec<(String, String)>,
}

/// What a header of an address book export holds.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Role {
    Display,
    First,
    Middle,
    Last,
    Company,
    Department,
    Title,
    /// A phone number of the kind named.
    Phone(String),
    Email,
    /// Google's `Phone 1 - Type`: the kind of the value column with that number.
    PhoneKind(String),
    EmailKind(String),
    /// Google's `Phone 1 - Value` / `E-mail 1 - Value`.
    PhoneValue(String),
    EmailValue(String),
    Address,
    Notes,
    Categories,
    /// Outlook's defaults on every row (`Priority: Normal`, e-mail type `SMTP`).
    Noise,
    Other,
}

fn has(h: &str, words: &[&str]) -> bool {
    words.iter().any(|w| h.contains(w))
}

/// Google numbers its repeated fields: `Phone 1 - Value` → ("phone1", "value").
fn google(h: &str) -> Option<(String, &'static str)> {
    for part in ["value", "type", "label"] {
        if let Some(stem) = h.strip_suffix(part)
            && stem.chars().last().is_some_and(|c| c.is_ascii_digit())
        {
            return Some((
                stem.to_owned(),
                if part == "value" { "value" } else { "kind" },
            ));
        }
    }
    None
}

fn role(header: &str) -> Role {
    let h = fold(header);
    if let Some((stem, part)) = google(&h) {
        let phone = stem.starts_with("phone");
        let mail = stem.starts_with("email");
        return match (phone, mail, part) {
            (true, _, "value") => Role::PhoneValue(stem),
            (true, _, _) => Role::PhoneKind(stem),
            (_, true, "value") => Role::EmailValue(stem),
            (_, true, _) => Role::EmailKind(stem),
            _ if stem.starts_with("address") && part == "kind" => Role::Noise,
            _ => Role::Other,
        };
    }
    if let Some((r, _)) = NAMED.iter().find(|(_, words)| words.contains(&h.as_str())) {
        return r.clone();
    }
    if super::mapping::is_categories(&h) {
        return Role::Categories;
    }
    let is_mail = has(&h, &["mail", "messagerie"]);
    if is_mail {
        let noise = has(
            &h,
            &[
                "type",
                "displayname",
                "weergavenaam",
                "nomcomplet",
                "affiche",
            ],
        );
        return if noise { Role::Noise } else { Role::Email };
    }
    if has(&h, PHONE) {
        return Role::Phone(header.to_owned());
    }
    if h.starts_with("address1formatted") || has(&h, WORK_ADDRESS) {
        return Role::Address;
    }
    if h.starts_with("address1") {
        return Role::Noise;
    }
    Role::Other
}

/// Headers by their whole (folded) name, in English, French and Dutch, Outlook and Google.
const NAMED: &[(Role, &[&str])] = &[
    (
        Role::Display,
        &[
            "name",
            "displayname",
            "fullname",
            "weergavenaam",
            "nomcomplet",
        ],
    ),
    (
        Role::First,
        &["firstname", "givenname", "prenom", "voornaam"],
    ),
    (
        Role::Middle,
        &[
            "middlename",
            "additionalname",
            "deuxiemeprenom",
            "middelstenaam",
            "tweedevoornaam",
        ],
    ),
    (
        Role::Last,
        &[
            "lastname",
            "familyname",
            "nom",
            "nomdefamille",
            "achternaam",
        ],
    ),
    (
        Role::Company,
        &[
            "company",
            "organization1name",
            "organizationname",
            "societe",
            "entreprise",
            "bedrijf",
        ],
    ),
    (
        Role::Department,
        &[
            "department",
            "organization1department",
            "organizationdepartment",
            "service",
            "afdeling",
        ],
    ),
    (
        Role::Title,
        &[
            "jobtitle",
            "organization1title",
            "organizationtitle",
            "titreduposte",
            "fonction",
            "functie",
        ],
    ),
    (
        Role::Notes,
        &["notes", "notities", "remarques", "opmerkingen"],
    ),
    // Outlook's defaults on every row, Google's photo link and sort name.
    (
        Role::Noise,
        &[
            "priority",
            "sensitivity",
            "private",
            "gender",
            "priorite",
            "sensibilite",
            "prive",
            "sexe",
            "prioriteit",
            "gevoeligheid",
            "geslacht",
            "initials",
            "initiales",
            "initialen",
            "photo",
            "fileas",
        ],
    ),
];

/// Words in the header of a phone (or fax) column.
const PHONE: &[&str] = &[
    "phone",
    "telephone",
    "telefoon",
    "tel",
    "mobile",
    "mobiel",
    "gsm",
    "fax",
    "telecopie",
];

/// Words in the headers of Outlook's work address columns.
const WORK_ADDRESS: &[&str] = &[
    "businessstreet",
    "businesscity",
    "businessstate",
    "businesspostalcode",
    "businesscountry",
    "bureau",
    "werkadres",
];

/// The format of an address book export, recognised by its headers.
fn recognise(headers: &[String]) -> Option<Format> {
    let roles: Vec<Role> = headers.iter().map(|h| role(h)).collect();
    let googly = roles
        .iter()
        .any(|r| matches!(r, Role::PhoneValue(_) | Role::EmailValue(_)));
    if googly {
        return Some(Format::Google);
    }
    let split_name = roles.contains(&Role::First) && roles.contains(&Role::Last);
    let book = roles.contains(&Role::Company) || roles.contains(&Role::Email);
    (split_name && book).then_some(Format::Outlook)
}

/// Reads each row of a recognised export into a [`Contact`].
fn contacts(table: &Table) -> Vec<Contact> {
    let roles: Vec<Role> = table.headers.iter().map(|h| role(h)).collect();
    let mut out = Vec::new();
    for (line, cells) in &table.rows {
        let mut c = Contact {
            line: *line,
            ..Contact::default()
        };
        let kind_of = |stem: &str| {
            roles
                .iter()
                .zip(cells)
                .find(|(r, _)| matches!(r, Role::PhoneKind(s) | Role::EmailKind(s) if s == stem))
                .map(|(_, v)| v.trim().trim_start_matches("* ").to_owned())
                .unwrap_or_default()
        };
        for ((r, v), header) in roles.iter().zip(cells).zip(&table.headers) {
            // A cell Excel kept as text (`'+32 …`) is read as its value before joining.
            let v = crate::domain::sanitize::from_spreadsheet_cell(v.trim());
            if v.is_empty() {
                continue;
            }
            let set = |s: &mut String| *s = v.to_owned();
            match r {
                Role::Display => set(&mut c.display),
                Role::First => set(&mut c.first),
                Role::Middle => set(&mut c.middle),
                Role::Last => set(&mut c.last),
                Role::Company => set(&mut c.company),
                Role::Department => set(&mut c.department),
                Role::Title => set(&mut c.title),
                Role::Phone(kind) => c.phones.push((kind.clone(), v.to_owned())),
                Role::Email => c.emails.push((String::new(), v.to_owned())),
                // Google puts several values in one cell: `a ::: b`.
                Role::PhoneValue(stem) | Role::EmailValue(stem) => {
                    let kind = kind_of(stem);
                    let list = if matches!(r, Role::PhoneValue(_)) {
                        &mut c.phones
                    } else {
                        &mut c.emails
                    };
                    for one in v.split(":::").map(str::trim).filter(|x| !x.is_empty()) {
                        list.push((kind.clone(), one.to_owned()));
                    }
                }
                Role::Address => c.address.push(v.to_owned()),
                Role::Notes => set(&mut c.notes),
                Role::Categories => c.categories.extend(super::mapping::categories(v)),
                Role::Noise | Role::PhoneKind(_) | Role::EmailKind(_) => {}
                // Outlook's empty date (`0/0/00`, `00/00/0000`) is no date.
                Role::Other if v.chars().all(|c| "0/-. ".contains(c)) => {}
                Role::Other => c.extra.push((header.clone(), v.to_owned())),
            }
        }
        out.push(c);
    }
    out
}

/// An Outlook or Google export as plain columns; any other table as it is.
pub fn normalise(table: Table) -> Table {
    match recognise(&table.headers) {
        Some(format) => {
            let list = contacts(&table);
            to_table(&list, format, table.encoding, table.separator)
        }
        None => table,
    }
}

/// Whether a kind of phone or e-mail is for work.
fn is_work(kind: &str) -> bool {
    let k = fold(kind);
    has(
        &k,
        &[
            "business", "work", "bureau", "werk", "pref", "company", "societe", "bedrijf",
            "zakelijk",
        ],
    ) && !has(&k, &["fax", "telecopie"])
}

/// The first work value (else the first), and the others as one readable line.
fn split_first(list: &[(String, String)]) -> (String, String) {
    let Some(at) = list
        .iter()
        .position(|(k, _)| is_work(k))
        .or((!list.is_empty()).then_some(0))
    else {
        return (String::new(), String::new());
    };
    let others: Vec<String> = list
        .iter()
        .enumerate()
        .filter(|(i, (_, v))| *i != at && *v != list[at].1)
        .map(|(_, (k, v))| {
            if k.is_empty() {
                v.clone()
            } else {
                format!("{k}: {v}")
            }
        })
        .collect();
    (list[at].1.clone(), others.join("; "))
}

impl Contact {
    /// The name to show: the display name, else first, middle and last joined.
    pub fn name(&self) -> String {
        if !self.display.trim().is_empty() {
            return self.display.trim().to_owned();
        }
        [&self.first, &self.middle, &self.last]
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn organisation(&self) -> String {
        match (self.company.trim(), self.department.trim()) {
            (c, "") => c.to_owned(),
            ("", d) => d.to_owned(),
            (c, d) => format!("{c}, {d}"),
        }
    }
}

/// Contacts as the columns a plan maps by itself (`name`, `organisation` …); the other
/// phones and e-mails, and anything else, in columns kept in the notes.
pub fn to_table(list: &[Contact], format: Format, encoding: &'static str, separator: u8) -> Table {
    let mut headers: Vec<String> = [
        "name",
        "organisation",
        "role",
        "phone",
        "email",
        "address",
        "notes",
        t("import-categories"),
        t("import-other_phones"),
        t("import-other_emails"),
    ]
    .iter()
    .map(|h| (*h).to_owned())
    .collect();
    let fixed = headers.len();
    for c in list {
        for (label, _) in &c.extra {
            if !headers[fixed..].contains(label) {
                headers.push(label.clone());
            }
        }
    }
    let rows = list
        .iter()
        .map(|c| {
            let (phone, phones) = split_first(&c.phones);
            let (email, emails) = split_first(&c.emails);
            let mut cells = vec![
                c.name(),
                c.organisation(),
                c.title.clone(),
                phone,
                email,
                c.address.join(", "),
                c.notes.clone(),
                c.categories.join("; "),
                phones,
                emails,
            ];
            cells.resize(headers.len(), String::new());
            for (label, v) in &c.extra {
                if let Some(i) = headers.iter().skip(fixed).position(|h| h == label) {
                    cells[fixed + i] = v.clone();
                }
            }
            (c.line, cells)
        })
        .collect();
    Table {
        headers,
        rows,
        separator,
        encoding,
        format,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(csv: &str) -> Table {
        normalise(super::super::table::read(csv.as_bytes()).unwrap())
    }

    #[test]
    fn outlook_in_french() {
        let t = table(
            "Prénom,Nom,Société,Service,Titre du poste,Téléphone (bureau),Tél. mobile,Adresse de messagerie,Type de messagerie,Adresse de messagerie 2,Catégories,Priorité\n\
             Hélène,Dupré,CPAS,Service social,Assistante,02 555 10 30,0475 12 34 56,h@cpas.be,SMTP,helene@gmail.com,Réseau;Perso,Normal\n",
        );
        assert_eq!(t.format, Format::Outlook);
        assert_eq!(
            t.rows[0].1[..10],
            [
                "Hélène Dupré",
                "CPAS, Service social",
                "Assistante",
                "02 555 10 30",
                "h@cpas.be",
                "",
                "",
                "Réseau; Perso",
                "Tél. mobile: 0475 12 34 56",
                "helene@gmail.com"
            ]
        );
        assert_eq!(t.headers.len(), 10, "defaults and e-mail types dropped");
    }

    #[test]
    fn google_with_kinds_and_several_values() {
        let t = table(
            "Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Organization 1 - Name,Organization 1 - Title\n\
             Jan P.,Jan,Peeters,* myContacts ::: Partners,* Work,jan@ster.be ::: jan@home.be,Mobile,0475 11 22 33,Work,015 55 10 30,FC De Ster,Trainer\n",
        );
        assert_eq!(t.format, Format::Google);
        let r = &t.rows[0].1;
        assert_eq!(
            (r[0].as_str(), r[1].as_str(), r[2].as_str()),
            ("Jan P.", "FC De Ster", "Trainer"),
            "the display name is honoured"
        );
        assert_eq!(
            (r[3].as_str(), r[4].as_str()),
            ("015 55 10 30", "jan@ster.be")
        );
        assert_eq!(
            (r[7].as_str(), r[8].as_str()),
            ("Partners", "Mobile: 0475 11 22 33")
        );
        assert_eq!(r[9], "Work: jan@home.be");
    }

    #[test]
    fn a_spreadsheet_with_first_and_last_names_keeps_its_other_columns() {
        let t = table(
            "Prénom;Nom;Organisation;Secteur;Email\nJan;Peeters;FC Ster;Club de sport;j@s.be\n",
        );
        let p = crate::import::plan(&t, &[], &[]);
        let s = &p.rows[0].stakeholder;
        assert_eq!(
            (s.name.as_str(), s.organisation.as_str(), s.sector.clone()),
            (
                "Jan Peeters",
                "FC Ster",
                crate::domain::stakeholder::Sector::Sports
            )
        );
        assert_eq!(s.contact.email, "j@s.be");
        assert_eq!(s.notes, "");
    }

    #[test]
    fn a_plain_spreadsheet_is_left_alone() {
        let t = table("Naam;Organisatie;E-mail\nJan;School;j@s.be\n");
        assert_eq!((t.format, t.headers[0].as_str()), (Format::Csv, "Naam"));
    }
}
