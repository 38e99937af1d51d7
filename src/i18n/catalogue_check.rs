//! What a translation must match in English's catalogue: the same message ids, and in
//! each message the same variables (a variable English fills but a translation never
//! shows would drop a fact; one a translation names but English never passes shows as
//! `{$x}`).

use std::collections::{BTreeMap, BTreeSet};

/// One way a translation differs from English.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mismatch {
    /// English has the message; the translation lacks it.
    Missing(String),
    /// The translation has a message English does not.
    Extra(String),
    /// The message's variables differ: (id, English's, the translation's).
    Variables(String, Vec<String>, Vec<String>),
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Mismatch::Missing(id) => write!(f, "{id}: missing"),
            Mismatch::Extra(id) => write!(f, "{id}: not in English"),
            Mismatch::Variables(id, en, other) => {
                write!(f, "{id}: variables {other:?}, English has {en:?}")
            }
        }
    }
}

/// Each message's id with the variables (`$name`) its value and variants use.
pub fn messages(ftl: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in ftl.lines() {
        let starts_message = line.starts_with(|c: char| c.is_ascii_alphabetic());
        if starts_message {
            let id = line.split('=').next().unwrap_or("").trim().to_owned();
            out.entry(id.clone()).or_default();
            current = Some(id);
        } else if !line.starts_with(' ') {
            // A comment or a blank line ends the message.
            current = None;
            continue;
        }
        if let Some(id) = &current {
            out.entry(id.clone()).or_default().extend(variables(line));
        }
    }
    out
}

fn variables(line: &str) -> impl Iterator<Item = String> + '_ {
    line.split('$').skip(1).map(|rest| {
        rest.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect()
    })
}

/// Every way `other` differs from `english`, in id order.
pub fn compare(english: &str, other: &str) -> Vec<Mismatch> {
    let en = messages(english);
    let tr = messages(other);
    let mut out = Vec::new();
    for (id, vars) in &en {
        match tr.get(id) {
            None => out.push(Mismatch::Missing(id.clone())),
            Some(v) if v != vars => out.push(Mismatch::Variables(
                id.clone(),
                vars.iter().cloned().collect(),
                v.iter().cloned().collect(),
            )),
            Some(_) => {}
        }
    }
    out.extend(
        tr.keys()
            .filter(|id| !en.contains_key(*id))
            .map(|id| Mismatch::Extra(id.clone())),
    );
    out.sort();
    out
}
