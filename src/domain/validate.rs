//! Checks of what people type into forms; each returns the message shown next to the
//! field. Messages are catalogue keys.

/// A plausible e-mail address: one `@`, something before it, a dot in the domain.
pub fn email(s: &str) -> Result<(), &'static str> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(());
    }
    let (local, domain) = s.split_once('@').ok_or("invalid-email")?;
    let ok = !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(char::is_whitespace);
    if ok { Ok(()) } else { Err("invalid-email") }
}

/// Digits, spaces and the usual separators, with at least six digits.
pub fn phone(s: &str) -> Result<(), &'static str> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(());
    }
    let allowed = s
        .chars()
        .all(|c| c.is_ascii_digit() || " +-./()".contains(c));
    let digits = s.chars().filter(char::is_ascii_digit).count();
    if allowed && digits >= 6 {
        Ok(())
    } else {
        Err("invalid-phone")
    }
}

pub fn required(s: &str) -> Result<(), &'static str> {
    if s.trim().is_empty() {
        Err("invalid-required")
    } else {
        Ok(())
    }
}

/// An optional whole number of days between 1 and 3650.
pub fn days(s: &str) -> Result<Option<u32>, &'static str> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    match s.parse::<u32>() {
        Ok(n) if (1..=3650).contains(&n) => Ok(Some(n)),
        _ => Err("invalid-days"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert!(email("anke@marlevoorde.be").is_ok());
        assert!(email("").is_ok(), "optional");
        for bad in ["jan@", "@x.be", "a@b", "a b@c.be", "a@@b.be", "a@.be"] {
            assert!(email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn phones() {
        assert!(phone("+32 15 55 10 30").is_ok());
        assert!(phone("015/55.10.30").is_ok());
        assert!(phone("12345").is_err());
        assert!(phone("call me").is_err());
    }

    #[test]
    fn day_counts() {
        assert_eq!(days("60"), Ok(Some(60)));
        assert_eq!(days(" "), Ok(None));
        assert!(
            days("0").is_err()
                && days("-5").is_err()
                && days("9999").is_err()
                && days("x").is_err()
        );
    }
}
