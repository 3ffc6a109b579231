//! Files and standard streams: bounded reading, atomic writing (owner-only when the text holds
//! a key), printing that survives a closed pipe.

use std::io::{Read, Write};
use std::path::Path;

use doorplan::{Lang, T};

use crate::Failure;

/// Prints to standard output; a closed pipe (`doorplan check … | head`) is not an error.
pub fn print(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
}

/// Prints lines to standard error, control characters within a line made visible.
pub fn print_error(text: &str) {
    let mut stderr = std::io::stderr().lock();
    for line in text.trim_end_matches('\n').split('\n') {
        let _ = writeln!(stderr, "{}", doorplan::text::printable(line));
    }
}

/// Reads a whole input (`-`: standard input) as UTF-8 text, refusing more than `limit` bytes
/// without reading further (so `/dev/zero` costs nothing).
pub fn read_text(file: &str, limit: usize, lang: Lang) -> Result<String, Failure> {
    let shown = doorplan::text::printable(file).into_owned();
    let mut bytes = Vec::new();
    let result = if file == "-" {
        std::io::stdin()
            .lock()
            .take(limit as u64 + 1)
            .read_to_end(&mut bytes)
    } else {
        std::fs::File::open(file)
            .and_then(|handle| handle.take(limit as u64 + 1).read_to_end(&mut bytes))
    };
    if let Err(error) = result {
        return Err(Failure::unreadable(format!(
            "{shown}: {}: {error}",
            T::CliCannotRead.get(lang)
        )));
    }
    if bytes.len() > limit {
        return Err(Failure::unreadable(format!(
            "{shown}: {}",
            doorplan::msg!(CliTooLarge, limit = limit).render(lang)
        )));
    }
    String::from_utf8(bytes)
        .map_err(|_| Failure::unreadable(format!("{shown}: {}", T::CliNotUtf8.get(lang))))
}

/// Writes a file whole or not at all (a temporary file beside it, then a rename), readable by
/// its owner only when it holds a pre-shared key.
pub fn write_file(path: &Path, text: &str, secret: bool, lang: Lang) -> Result<(), Failure> {
    let fail = |error: std::io::Error| {
        Failure::unreadable(format!(
            "{}: {}: {error}",
            doorplan::text::printable(&path.display().to_string()),
            T::CliCannotWrite.get(lang)
        ))
    };
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.doorplan-{}.tmp", std::process::id()));
    let result = (|| {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(if secret { 0o600 } else { 0o644 });
        }
        let mut file = options.open(&temporary)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        drop(file);
        #[cfg(unix)]
        if secret {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&temporary, std::fs::Permissions::from_mode(0o600))?;
        }
        std::fs::rename(&temporary, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result.map_err(fail)
}
