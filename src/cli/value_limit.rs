//! A limit per value in a dump, enforced while the bytes stream in: a 200 MB string is
//! refused after its first MiB, before the parser has gathered it. The whole dump may be
//! as large as a town needs (100 MB is ordinary); one value may not.

use std::io::{self, Read};

/// The longest string or number a dump may hold, in bytes as written (escapes count).
pub const MAX_VALUE_BYTES: u64 = 1 << 20;

/// Where the scanner is in the JSON text.
#[derive(Clone, Copy, PartialEq)]
enum State {
    Between,
    InString,
    /// Just after a backslash inside a string.
    Escaped,
    InNumber,
}

/// Passes the bytes of a JSON text through, failing with [`io::ErrorKind::InvalidData`]
/// as soon as one string or number is longer than [`MAX_VALUE_BYTES`].
pub struct ValueLimit<R> {
    inner: R,
    state: State,
    /// Bytes of the current string or number so far.
    run: u64,
}

impl<R: Read> ValueLimit<R> {
    pub fn new(inner: R) -> Self {
        ValueLimit {
            inner,
            state: State::Between,
            run: 0,
        }
    }

    fn scan(&mut self, bytes: &[u8]) -> io::Result<()> {
        for &b in bytes {
            self.state = match (self.state, b) {
                (State::InString, b'"') => State::Between,
                (State::InString, b'\\') => State::Escaped,
                (State::InString, _) | (State::Escaped, _) => State::InString,
                (State::InNumber, b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-') => {
                    State::InNumber
                }
                (_, b'"') => State::InString,
                (_, b'0'..=b'9' | b'-') => State::InNumber,
                _ => State::Between,
            };
            match self.state {
                State::Between => self.run = 0,
                _ => {
                    self.run += 1;
                    if self.run > MAX_VALUE_BYTES {
                        return Err(io::Error::new(
                            io::ErrorKind::InvalidData,
                            crate::i18n::t("cli-value_too_long"),
                        ));
                    }
                }
            }
        }
        Ok(())
    }
}

impl<R: Read> Read for ValueLimit<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.scan(&buf[..n])?;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pass(text: &[u8]) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        ValueLimit::new(text).read_to_end(&mut out)?;
        Ok(out)
    }

    #[test]
    fn values_up_to_the_limit_pass_and_longer_ones_fail() {
        let at_limit = "x".repeat(MAX_VALUE_BYTES as usize - 2);
        let ok = format!("{{\"a\":\"{at_limit}\",\"b\":[1,-2.5e3]}}");
        assert_eq!(pass(ok.as_bytes()).unwrap(), ok.as_bytes());
        let long = format!("{{\"a\":\"{at_limit}xx\"}}");
        assert!(pass(long.as_bytes()).is_err());
        let number = format!("[{}]", "9".repeat(MAX_VALUE_BYTES as usize + 1));
        assert!(pass(number.as_bytes()).is_err());
    }

    #[test]
    fn escaped_quotes_do_not_end_a_string() {
        let half = "\\\"".repeat(MAX_VALUE_BYTES as usize / 2 + 1);
        assert!(pass(format!("[\"{half}\"]").as_bytes()).is_err());
        // Many short values add up to far more than the limit without failing.
        let many = format!("[{}\"a\"]", "\"abc\",".repeat(MAX_VALUE_BYTES as usize));
        assert!(pass(many.as_bytes()).is_ok());
    }
}
