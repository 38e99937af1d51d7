//! Holds the direction of imports inside `src/app` by reading the sources, as the
//! catalogue test in `i18n.rs` does: model ← forms ← features ← router, and a feature
//! never names another feature. Paths are read as written (`crate::app::…`, `super::…`),
//! so inside `src/app` a path names its layer instead of going through `app`'s
//! re-exports.

use std::path::{Path, PathBuf};

/// The layers, lowest first: a file may name its own layer and the ones before it.
const LAYERS: [&str; 4] = ["model", "forms", "features", "router"];

/// A file's module path below `app` (`["features", "round_tables", "meeting"]`).
fn module_of(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The identifiers of a path written after `::`, stopping at anything else; a `{…}`
/// group gives one path per name in it.
fn paths_after(rest: &str) -> Vec<Vec<String>> {
    let ident = |s: &str| {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect::<String>()
    };
    let mut path = Vec::new();
    let mut rest = rest;
    loop {
        if let Some(group) = rest.strip_prefix('{') {
            let inner = &group[..group.find('}').unwrap_or(group.len())];
            return inner
                .split(',')
                .map(|n| {
                    let mut p = path.clone();
                    p.extend(n.trim().split("::").map(ident).filter(|s| !s.is_empty()));
                    p
                })
                .collect();
        }
        let name = ident(rest);
        if name.is_empty() {
            break;
        }
        rest = &rest[name.len()..];
        path.push(name);
        match rest.strip_prefix("::") {
            Some(r) => rest = r,
            None => break,
        }
    }
    vec![path]
}

/// The source without its line comments.
fn code_of(src: &str) -> String {
    src.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every path into `app` a source names, resolved to a path below `app`.
fn named(code: &str, me: &[String]) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for (at, _) in code.match_indices("crate::app::") {
        found.extend(paths_after(&code[at + "crate::app::".len()..]));
    }
    for (at, _) in code.match_indices("super::") {
        if code[..at].ends_with("super::") {
            continue; // counted from the first `super::` of a chain
        }
        let mut base = me.to_vec();
        base.pop();
        let mut rest = &code[at + "super::".len()..];
        while let Some(r) = rest.strip_prefix("super::") {
            base.pop();
            rest = r;
        }
        for p in paths_after(rest) {
            found.push(base.iter().cloned().chain(p).collect());
        }
    }
    found
}

/// Why naming `target` from the module `me` breaks the rule, if it does.
fn breaks(me: &[String], target: &[String]) -> Option<String> {
    let rank = |m: &[String]| {
        LAYERS
            .iter()
            .position(|l| m.first().is_some_and(|f| f == l))
    };
    // Names that are no layer (`*`, a module's own items) are the module's own business.
    let (mine, theirs) = (rank(me)?, rank(target)?);
    if theirs > mine {
        return Some(format!("{} names {}", me.join("::"), target.join("::")));
    }
    let feature = |m: &[String]| (m.len() > 1 && m[0] == "features").then(|| m[1].clone());
    match (feature(me), feature(target)) {
        (Some(a), Some(b)) if a != b => Some(format!("feature {a} names feature {b}")),
        _ => None,
    }
}

/// A name below `app` that is not a layer: inside `app`, name the layer itself.
fn through_reexport(me: &[String], src: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in src.match_indices("crate::app::") {
        let p = paths_after(&src[at + "crate::app::".len()..]);
        for p in p {
            if p.first().is_some_and(|f| !LAYERS.contains(&f.as_str())) {
                out.push(format!("{} names app::{}", me.join("::"), p.join("::")));
            }
        }
    }
    out
}

/// What breaks the rule in the source `src` of the module `me`.
fn problems(me: &[String], src: &str) -> Vec<String> {
    let code = code_of(src);
    let mut out: Vec<String> = named(&code, me)
        .iter()
        .filter_map(|t| breaks(me, t))
        .collect();
    out.extend(through_reexport(me, &code));
    out
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

fn m(path: &str) -> Vec<String> {
    path.split("::").map(str::to_owned).collect()
}

#[test]
fn imports_in_app_point_one_way() {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src/app"));
    let mut files = Vec::new();
    sources(root, &mut files);
    let mut all = Vec::new();
    for f in files {
        let me = module_of(f.strip_prefix(root).unwrap());
        if me.is_empty() || me == ["layering"] {
            continue;
        }
        all.extend(problems(&me, &std::fs::read_to_string(&f).unwrap()));
    }
    assert!(
        all.is_empty(),
        "imports against model ← forms ← features ← router:\n{}",
        all.join("\n")
    );
}

#[test]
fn the_rule_catches_a_backward_import_a_feature_naming_another_and_a_reexport() {
    let model = m("model::state");
    assert_eq!(problems(&model, "use crate::app::router::update;").len(), 1);
    assert_eq!(problems(&model, "super::super::forms::Purpose").len(), 1);
    assert_eq!(
        problems(
            &m("forms::draft"),
            "use crate::app::features::{exports, networks};"
        )
        .len(),
        2
    );
    let meeting = m("features::round_tables::meeting");
    assert_eq!(
        problems(&meeting, "crate::app::features::sharing::start(app)").len(),
        1
    );
    assert_eq!(
        problems(&meeting, "super::super::exports::start(app)").len(),
        1
    );
    assert_eq!(problems(&meeting, "use crate::app::App;").len(), 1);
    // Allowed: its own feature, lower layers, a test's glob.
    let fine = "use super::{agenda, chooser};\nuse crate::app::model::{Action, App};\nuse crate::app::forms::topic_form;\nuse super::*;";
    assert_eq!(problems(&meeting, fine), Vec::<String>::new());
    assert_eq!(
        problems(&m("router"), "crate::app::features::exports::start(app)"),
        Vec::<String>::new()
    );
}

/// The field enums a form file declares (`pub enum XField` inside `fields!`).
fn field_enums(code: &str) -> Vec<String> {
    code.match_indices("pub enum ")
        .map(|(at, _)| {
            let rest = &code[at + "pub enum ".len()..];
            rest.chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect::<String>()
        })
        .filter(|name| name.ends_with("Field"))
        .collect()
}

/// A form's field enum named outside its own file and the router: in `files` (module,
/// code), each use of a field enum by another module that is not the router.
fn fields_named_elsewhere(files: &[(Vec<String>, String)]) -> Vec<String> {
    let mut out = Vec::new();
    for (owner, code) in files
        .iter()
        .filter(|(m, _)| m.first().is_some_and(|l| l == "forms"))
    {
        for name in field_enums(code) {
            let strays = files.iter().filter(|(m, c)| {
                m != owner
                    && m.first().is_none_or(|l| l != "router")
                    && c.split(|ch: char| !ch.is_alphanumeric() && ch != '_')
                        .any(|w| w == name)
            });
            out.extend(strays.map(|(m, _)| format!("{} names {name}", m.join("::"))));
        }
    }
    out
}

#[test]
fn a_forms_fields_are_named_only_in_its_own_file_and_the_router() {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src/app"));
    let mut paths = Vec::new();
    sources(root, &mut paths);
    let files: Vec<(Vec<String>, String)> = (paths.iter())
        .map(|f| module_of(f.strip_prefix(root).unwrap()))
        .zip(paths.iter().map(|f| std::fs::read_to_string(f).unwrap()))
        .filter(|(me, _)| me != &["layering"])
        .map(|(me, src)| (me, code_of(&src)))
        .collect();
    assert!(
        files
            .iter()
            .any(|(m, c)| m.first().is_some_and(|l| l == "forms") && !field_enums(c).is_empty()),
        "no field enum found: the scan is broken"
    );
    let strays = fields_named_elsewhere(&files);
    assert!(strays.is_empty(), "{}", strays.join("\n"));
}

#[test]
fn the_field_rule_catches_a_field_enum_named_by_another_form_or_a_feature() {
    let form =
        "fields! {\n    pub enum RuleField {\n        Text: \"rule_text\" => \"x\",\n    }\n}";
    let files = |other: &str, code: &str| {
        vec![
            (m("forms::rule"), form.to_owned()),
            (m(other), code.to_owned()),
        ]
    };
    let named = "form.value(RuleField::Text)";
    assert_eq!(
        fields_named_elsewhere(&files("forms::agreement", named)).len(),
        1
    );
    assert_eq!(
        fields_named_elsewhere(&files("features::sharing", named)).len(),
        1
    );
    assert!(fields_named_elsewhere(&files("router::form_layer", named)).is_empty());
    assert!(fields_named_elsewhere(&files("features::sharing", "RuleFields")).is_empty());
}
