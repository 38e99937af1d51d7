//! Property-based fuzzing of what reads outside input: the note line parser, the CSV
//! import and the dump parser. None may panic; the line parser never loses a line.
//! `ROUNDTABLE_LONG=1` multiplies the cases by 20.

use proptest::prelude::*;

fn cases(n: u32) -> u32 {
    if std::env::var_os("ROUNDTABLE_LONG").is_some() {
        n * 20
    } else {
        n
    }
}

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

const PEOPLE: [(u64, &str); 3] = [
    (1, "Samira El Idrissi"),
    (2, "Jonas De Smet"),
    (3, "Zoë Ångström"),
];

fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,40}",
        "(action|ACTION|decision|Decision): ?.{0,30}",
        "action: @(sam|jonas|zoe|xx|)[a-z]{0,5} [a-z ]{0,20}( due:[-+a-z0-9]{0,8})?",
        "[\\x00-\\x1f\\u{7f}-\\u{9f}\\u{202a}-\\u{202e}]{0,10}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(3000), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_line_parser_never_panics_nor_drops_a_line(lines in prop::collection::vec(line(), 0..12)) {
        let text = lines.join("\n");
        let p = roundtable::domain::lines::parse(&text, today(), |t| roundtable::domain::lines::resolve(t, PEOPLE.iter().map(|(i, n)| (*i, *n))));
        for (n, l) in text.lines().enumerate() {
            let lower = l.trim_start().to_lowercase();
            if lower.starts_with("action:") {
                let accounted = p.actions.iter().any(|a| a.line == n) || p.hints.iter().any(|h| h.line == n);
                prop_assert!(accounted, "line {n} {l:?} neither parsed nor hinted");
            }
            if lower.starts_with("decision:") {
                let accounted = p.decisions.iter().any(|d| d.line == n) || p.hints.iter().any(|h| h.line == n);
                prop_assert!(accounted, "line {n} {l:?} neither parsed nor hinted");
            }
        }
        for a in &p.actions {
            prop_assert!(!a.text.is_empty() && PEOPLE.iter().any(|(i, _)| *i == a.owner));
        }
    }

    #[test]
    fn csv_import_never_panics_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(t) = roundtable::import::table::read(&bytes) {
            let plan = roundtable::import::plan(&t, &[], &[]);
            for r in &plan.rows {
                prop_assert!(!r.stakeholder.name.chars().any(|c| c.is_control()), "control characters got in");
            }
        }
    }

    #[test]
    fn csv_import_never_panics_on_csv_like_text(text in "([a-zA-Zé;,\\t\"\\r\\n @.0-9]{0,30}\\n){0,8}") {
        let with_header = format!("name;email;sector\n{text}");
        if let Ok(t) = roundtable::import::table::read(with_header.as_bytes()) {
            let _ = roundtable::import::plan(&t, &[], &[]);
        }
    }

    #[test]
    fn the_dump_parser_never_panics(text in ".{0,200}") {
        let _ = roundtable::cli::parse_dump(&text);
    }

    #[test]
    fn mutated_dumps_are_refused_or_valid_never_a_panic(pos in 0usize..20_000, byte in any::<u8>()) {
        let mut dump = roundtable::cli::dump_json(&roundtable::demo::build(today())).unwrap().into_bytes();
        let at = pos % dump.len();
        dump[at] = byte;
        if let Ok(text) = String::from_utf8(dump)
            && let Ok(data) = roundtable::cli::parse_dump(&text)
        {
            let _ = data.validate();
        }
    }
}
