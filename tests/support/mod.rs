//! Shared test data.
#![allow(dead_code)]

use chrono::NaiveDate;
use roundtable::domain::Meta;
use roundtable::domain::audit::{AuditEvent, AuditKind};
use roundtable::domain::dataset::Dataset;
use roundtable::domain::note::Draft;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

/// The demo town plus the kinds it does not fill, so that every kind is exercised.
pub fn full_dataset() -> Dataset {
    full_dataset_in(roundtable::i18n::Lang::En)
}

/// [`full_dataset`] written in `lang`: the demo town of `--demo --lang nl` (Marlevoorde)
/// or `--lang fr` (Marlemont), so that a Dutch or French screen shows what a Flemish or
/// Walloon coordinator would see.
pub fn full_dataset_in(lang: roundtable::i18n::Lang) -> Dataset {
    use roundtable::i18n::Lang;
    let mut d = roundtable::demo::build_in(lang, today());
    let draft = match lang {
        Lang::En => "half a sentence",
        Lang::Nl => "een halve zin",
        Lang::Fr => "une demi-phrase",
    };
    let mut meta = Meta::new("tester", chrono::DateTime::UNIX_EPOCH);
    meta.touch("tester", chrono::DateTime::UNIX_EPOCH);
    d.drafts.push(Draft {
        id: 1,
        meta: meta.clone(),
        owner: "tester".into(),
        place: "session:3:item:1".into(),
        text: draft.into(),
    });
    d.audit.push(AuditEvent {
        id: 1,
        meta,
        at: chrono::DateTime::UNIX_EPOCH,
        who: "tester".into(),
        kind: AuditKind::Export,
        subject: "session:2".into(),
        recipient: Some(3),
        included: vec!["note:9".into()],
        withheld: vec!["note:5".into()],
        detail: String::new(),
        prev_hash: roundtable::domain::audit::GENESIS.to_owned(),
        hash_version: roundtable::domain::audit::HASH_V1,
        salt: String::new(),
    });
    d
}

pub mod app;
pub mod cli;
pub mod pty;

/// The lines of a French `text` that join a label and its value the English way
/// (`Statut: suivi`, a letter or `)` right before ": ") or with a plain space before the
/// colon (`Statut : suivi`, which may break): French writes `Statut\u{a0}: suivi`.
pub fn french_colon_faults(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| {
            let chars: Vec<char> = l.chars().collect();
            chars.windows(3).any(|w| {
                let english = (w[0].is_alphabetic() || w[0] == ')') && w[1] == ':' && w[2] == ' ';
                english || (w[0] != '\u{a0}' && w[0].is_whitespace() && w[1] == ':' && w[2] == ' ')
            })
        })
        .map(str::to_owned)
        .collect()
}

/// Whether another user can start the program's binary at all. A checkout under a folder
/// only its owner may enter (`mktemp -d` makes them 0700) keeps them out, and then a test
/// of what that user may do proves nothing: it skips, saying why.
pub fn user_can_run_the_binary(uid: u32, gid: u32) -> bool {
    use std::os::unix::process::CommandExt;
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .arg("--version")
        .uid(uid)
        .gid(gid)
        .output();
    match run {
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            eprintln!("skipped: user {uid} cannot reach the program's binary ({e})");
            false
        }
        _ => true,
    }
}

/// Whether the test runs as root, which it needs to act as another account (`why`);
/// if not, it says it is skipped and why, and the test returns.
pub fn running_as_root(why: &str) -> bool {
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    if !root {
        eprintln!("skipped: {why}");
    }
    root
}
