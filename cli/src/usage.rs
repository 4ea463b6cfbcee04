//! How the CLI speaks: clap's texts in Indonesian, a wrong usage (exit 2), a refusal with
//! the field it names (exit 1), and quiet on a closed pipe.

use crate::*;

/// `giliran staff list | head`: when the reader closes the pipe, end quietly as Unix tools
/// do (the default action of SIGPIPE) instead of panicking in `println!`. Rust ignores
/// SIGPIPE at start-up, which turns every later write into an error.
pub(crate) fn quiet_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any thread starts; SIG_DFL is a valid action.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// Clap's own flags and headings, in Indonesian, on every subcommand.
pub(crate) fn indonesian(cmd: clap::Command) -> clap::Command {
    let cmd = cmd
        .disable_help_subcommand(true)
        .subcommand_help_heading("Perintah")
        .help_template("{about}\n\nPemakaian: {usage}\n\n{all-args}")
        .mut_args({
            let mut order = 0;
            move |a| {
                order += 1;
                let heading = if a.is_positional() { "Argumen" } else { "Pilihan" };
                a.help_heading(heading).display_order(order)
            }
        })
        .mut_subcommands(indonesian);
    let cmd = if cmd.get_version().is_some() {
        cmd.disable_version_flag(true).arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help("Tampilkan versi")
                .help_heading("Pilihan"),
        )
    } else {
        cmd
    };
    cmd.disable_help_flag(true).arg(
        clap::Arg::new("help").short('h').long("help").action(clap::ArgAction::Help).help("Tampilkan bantuan ini").help_heading("Pilihan"),
    )
}

/// Help and version go out as clap writes them; a usage mistake is explained in Indonesian,
/// exit status 2.
pub(crate) fn usage_error(e: clap::Error) -> ExitCode {
    use clap::error::{ContextKind, ErrorKind};
    let ctx = |k: ContextKind| e.get(k).map(|v| v.to_string()).unwrap_or_default();
    let what = match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            return ExitCode::from(if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand { 2 } else { 0 });
        }
        ErrorKind::InvalidSubcommand => format!("perintah tidak dikenal: {}", ctx(ContextKind::InvalidSubcommand)),
        ErrorKind::UnknownArgument => format!("pilihan tidak dikenal: {}", ctx(ContextKind::InvalidArg)),
        ErrorKind::MissingRequiredArgument => format!("isian wajib belum diberikan: {}", ctx(ContextKind::InvalidArg)),
        ErrorKind::InvalidValue => format!(
            "nilai \"{}\" tidak sah untuk {} (pilihan: {})",
            ctx(ContextKind::InvalidValue),
            ctx(ContextKind::InvalidArg),
            ctx(ContextKind::ValidValue)
        ),
        ErrorKind::ArgumentConflict => {
            format!("{} tidak dapat dipakai bersama {}", ctx(ContextKind::InvalidArg), ctx(ContextKind::PriorArg))
        }
        ErrorKind::MissingSubcommand => "perintah belum diberikan".into(),
        _ => "perintah tidak dapat dipahami".into(),
    };
    eprintln!("Kesalahan pemakaian: {what}.\nLihat `giliran --help` atau `giliran PERINTAH --help`.");
    ExitCode::from(2)
}

/// Prints an error for a person at a terminal: one line per problem; a problem with a flag
/// of the command is named by its flag, one with a row or a whole file speaks for itself.
pub(crate) fn report(e: &Error) {
    match e {
        Error::Invalid(fields) => {
            eprintln!("Kesalahan: data tidak disimpan.");
            for f in fields {
                match f.field {
                    "row" | "file" | "mapping" | "header_row" | "rules" | "seasons" | "within" | "targets" => eprintln!("  {}", f.message),
                    _ => eprintln!("  --{}: {}", flag(f.field), f.message),
                }
            }
        }
        _ => eprintln!("Kesalahan: {}", e.detail()),
    }
}

pub(crate) fn flag(field: &str) -> String {
    match field {
        "id_number" => "number".into(),
        "unit_id" => "unit".into(),
        "team_id" => "team".into(),
        "parent_id" => "parent".into(),
        "service_class" => "class".into(),
        "leave_kind" => "kind".into(),
        "check_in" => "in".into(),
        "check_out" => "out".into(),
        other => other.replace('_', "-"),
    }
}
