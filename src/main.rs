use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = roundtable::cli::Cli::parse();
    match roundtable::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            roundtable::tui::restore_terminal();
            eprintln!("roundtable: {}", f.message.lines().next().unwrap_or(""));
            ExitCode::from(f.code)
        }
    }
}
