use std::process::ExitCode;

fn main() -> ExitCode {
    // A full file system or a file-size limit must fail the write (and be reported),
    // not kill the process with SIGXFSZ and lose what was typed.
    // SAFETY: setting a signal disposition to SIG_IGN before any thread starts.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
    // A panic of redb on a damaged file is caught and reported as one line naming the
    // file; its default message must not reach the terminal first.
    roundtable::store::quiet_store_panics();
    // The help is written in the language asked, known before the arguments are parsed.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = roundtable::cli::help::early_language(&args);
    let cli = match roundtable::cli::help::parse_in(lang, args) {
        Ok(cli) => cli,
        Err(e) => return roundtable::cli::parse_failure(lang, &e),
    };
    // A command's output into a pipe that closes early (`roundtable man | head`) ends
    // the program quietly, as with other Unix tools, instead of failing every write
    // (Rust ignores SIGPIPE). The interface keeps ignoring it: it must save drafts on
    // the way out whatever happens to its terminal.
    if cli.command.is_some() {
        // SAFETY: restoring the default disposition, before any thread starts.
        unsafe {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        }
    }
    match roundtable::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            roundtable::tui::restore_terminal();
            let first = f.message.lines().next().unwrap_or("");
            roundtable::cli::say_err(&format!("roundtable: {first}"));
            ExitCode::from(f.code)
        }
    }
}
