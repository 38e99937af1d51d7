//! The config file, `config --default`, shell completions and the man page, through the
//! real binary.

use std::path::Path;
use std::process::{Command, Output};

mod support;

/// The binary with `home` as its home and `$XDG_CONFIG_HOME` (so that no config of the
/// machine's user is read).
fn roundtable(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .args(args)
        .env_remove("ROUNDTABLE_DB")
        .env_remove("NO_COLOR")
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn write_config(home: &Path, text: &str) -> std::path::PathBuf {
    let dir = home.join("config").join("roundtable");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("config.toml");
    std::fs::write(&path, text).unwrap();
    path
}

/// A bad file at the XDG place stops every command that reads it: one line naming the
/// file and the line, exit code 2.
#[test]
fn a_bad_config_file_is_one_line_with_the_line_and_exit_2() {
    let home = tempfile::tempdir().unwrap();
    for (body, line) in [
        ("theme = \"default\"\n\ntheme = [\n", "line 3"),
        ("\ncolours = \"pink\"\n", "line 2"),
        ("database = 12\n", "line 1"),
        ("\n\ntheme = \"pink\"\n", "line 3"),
    ] {
        let path = write_config(home.path(), body);
        let db = home.path().join("x.redb");
        let out = roundtable(home.path(), &["check", "--db", db.to_str().unwrap()]);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{body:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{body:?}: {err}");
        assert!(
            err.contains(path.to_str().unwrap()) && err.contains(line),
            "{body:?}: {err}"
        );
    }
}

/// `--config` names another file; a missing one is an error, not the defaults.
#[test]
fn config_option_overrides_the_place_and_must_exist() {
    let home = tempfile::tempdir().unwrap();
    write_config(home.path(), "theme = \"pink\"\n");
    let good = home.path().join("good.toml");
    std::fs::write(&good, "theme = \"monochrome\"\n").unwrap();
    let db = home.path().join("x.redb");
    roundtable::store::Store::open(&db, true).unwrap();
    let out = roundtable(
        home.path(),
        &[
            "--config",
            good.to_str().unwrap(),
            "check",
            "--db",
            db.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let missing = home.path().join("missing.toml");
    let out = roundtable(
        home.path(),
        &["--config", missing.to_str().unwrap(), "check"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("missing.toml"));
}

/// The config file's database is used when neither --db nor $ROUNDTABLE_DB names one.
#[test]
fn the_default_database_comes_from_the_config_file() {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("team.redb");
    roundtable::store::Store::open(&db, true).unwrap();
    write_config(
        home.path(),
        &format!("database = {:?}\n", db.to_str().unwrap()),
    );
    let out = roundtable(home.path(), &["check"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("team.redb"),
        "{}",
        text(&out.stdout)
    );
}

/// `config --default` prints a commented file that the parser accepts, and works even
/// when the present config file is broken.
#[test]
fn config_default_prints_a_file_the_parser_accepts() {
    let home = tempfile::tempdir().unwrap();
    write_config(home.path(), "theme = [\n");
    let out = roundtable(home.path(), &["config", "--default"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let file = text(&out.stdout);
    assert!(file.contains("# theme = \"default\""), "{file}");
    assert_eq!(
        roundtable::config::parse(&file),
        Ok(roundtable::config::Settings::default())
    );
    let path = home.path().join("printed.toml");
    std::fs::write(&path, &file).unwrap();
    let db = home.path().join("x.redb");
    roundtable::store::Store::open(&db, true).unwrap();
    let out = roundtable(
        home.path(),
        &[
            "--config",
            path.to_str().unwrap(),
            "check",
            "--db",
            db.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn completions_and_man_page() {
    let home = tempfile::tempdir().unwrap();
    for (shell, mark) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef roundtable"),
        ("fish", "complete -c roundtable"),
    ] {
        let out = roundtable(home.path(), &["completions", shell]);
        assert!(out.status.success(), "{shell}");
        let script = text(&out.stdout);
        assert!(
            script.contains(mark) && script.contains("backup"),
            "{shell}"
        );
    }
    let out = roundtable(home.path(), &["man"]);
    assert!(out.status.success());
    let page = text(&out.stdout);
    assert!(
        page.starts_with(".ie") || page.contains(".TH roundtable"),
        "{page}"
    );
    assert!(page.contains("completions"));
}

/// The files that the Debian package installs (see `[package.metadata.deb]`) are the
/// program's own output: regenerate with `ROUNDTABLE_UPDATE_ASSETS=1 cargo test --test
/// config generated_assets_are_current`.
#[test]
fn generated_assets_are_current() {
    use roundtable::cli::install::{Shell, completions, man};
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let output = |f: &dyn Fn(&mut Vec<u8>)| {
        let mut v = Vec::new();
        f(&mut v);
        v
    };
    use roundtable::i18n::{Lang, writing_in};
    let man_in = |lang| writing_in(lang, || output(&|o| man(o).unwrap()));
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("roundtable.1", output(&|o| man(o).unwrap())),
        ("man/nl/roundtable.1", man_in(Lang::Nl)),
        ("man/fr/roundtable.1", man_in(Lang::Fr)),
        (
            "completions/roundtable.bash",
            output(&|o| completions(Shell::Bash, o)),
        ),
        (
            "completions/_roundtable",
            output(&|o| completions(Shell::Zsh, o)),
        ),
        (
            "completions/roundtable.fish",
            output(&|o| completions(Shell::Fish, o)),
        ),
        (
            "config.toml",
            roundtable::config::default_file().into_bytes(),
        ),
    ];
    let update = std::env::var_os("ROUNDTABLE_UPDATE_ASSETS").is_some();
    for (name, want) in files {
        let path = root.join(name);
        if update {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &want).unwrap();
        }
        let have = std::fs::read(&path).unwrap_or_default();
        assert!(
            have == want,
            "assets/{name} is not current: ROUNDTABLE_UPDATE_ASSETS=1 cargo test --test config"
        );
    }
}

/// `config --keys` lists the names the `[keys]` table takes; an unknown one in the file
/// is one line with its line number, exit code 2.
#[test]
fn key_overrides_by_name() {
    let home = tempfile::tempdir().unwrap();
    let out = roundtable(home.path(), &["config", "--keys"]);
    assert!(out.status.success());
    let list = text(&out.stdout);
    assert!(list.contains("editor.prev_item\tM-p"), "{list}");
    write_config(
        home.path(),
        "[keys]\n\"global.tab_sessions\" = \"3\"\n\"editor.fly\" = \"x\"\n",
    );
    let out = roundtable(home.path(), &["check"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("line 3") && err.contains("editor.fly"),
        "{err}"
    );
}

/// The command line takes "today" in the configured zone, as the screens do, not in the
/// machine's (`TZ`, often UTC on a server). Samoa's Pago Pago (UTC-11) and Kiritimati
/// (UTC+14) are never on the same date: an action due today in the configured zone is
/// not overdue, though the machine's clock says it is a day or two later already.
#[test]
fn the_command_line_dates_by_the_configured_zone() {
    let home = tempfile::tempdir().unwrap();
    let zone = chrono_tz::Pacific::Pago_Pago;
    let today = chrono::Utc::now().with_timezone(&zone).date_naive();
    let mut data = support::full_dataset();
    for a in &mut data.actions {
        a.due = Some(today + chrono::Days::new(30));
    }
    data.actions[0].due = Some(today);
    data.actions[1].due = Some(today - chrono::Days::new(1));
    let db = home.path().join("town.redb");
    let store = roundtable::store::Store::open_as(&db, true, "tester".into()).unwrap();
    store.restore(&data, false).unwrap();
    drop(store);
    write_config(home.path(), "time_zone = \"Pacific/Pago_Pago\"\n");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_roundtable"))
            .args(args)
            .arg("--db")
            .arg(&db)
            .env_remove("ROUNDTABLE_DB")
            .env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("TZ", "Pacific/Kiritimati")
            .output()
            .unwrap()
    };
    let o = run(&["actions", "--overdue"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert_eq!(out.lines().count(), 1, "only yesterday's action:\n{out}");
    // A relative date given on the command line counts from the same today.
    let third = data.actions[2..].iter().find(|a| a.is_open()).unwrap();
    let o = run(&["action", "due", &third.id.to_string(), "+0d"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let o = run(&["actions", "--overdue"]);
    assert_eq!(text(&o.stdout).lines().count(), 1, "{}", text(&o.stdout));
    // The audit trail's times are the zone's, and say which offset they are in.
    let o = run(&["audit"]);
    let out = text(&o.stdout);
    let last = out.lines().last().unwrap_or_default();
    assert!(last.contains(" -11:00 "), "{out}");
}
