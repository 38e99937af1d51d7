//! The sealed keys a file holds: one slot per person (their public key, their private
//! key sealed by their passphrase, the data key sealed to their public key) and the
//! recovery key's public half with the data key sealed to it.

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::{CryptError, KdfParams, Key, KeyPair, passphrase_key, random_key, to_key};

/// One person's access.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Slot {
    pub public: [u8; 32],
    pub salt: [u8; 16],
    pub kdf: KdfParams,
    /// The private key, sealed under Argon2id(passphrase).
    pub sealed_secret: Vec<u8>,
    /// The data key, sealed to `public`.
    pub wrapped: Vec<u8>,
    /// Sealed with a one-time code from `team add`, to be replaced by a passphrase.
    pub one_time: bool,
}

fn slot_ad(user: &str) -> Vec<u8> {
    [b"roundtable v1 slot:".as_slice(), user.as_bytes()].concat()
}

impl Slot {
    /// A new key pair for `user`, sealed by `pass`, holding `data_key`.
    pub fn new(
        user: &str,
        pass: &[u8],
        data_key: &Key,
        one_time: bool,
    ) -> Result<Slot, CryptError> {
        Self::with_pair(user, pass, data_key, one_time).map(|(s, _)| s)
    }

    /// As [`Slot::new`], also returning the key pair.
    pub fn with_pair(
        user: &str,
        pass: &[u8],
        data_key: &Key,
        one_time: bool,
    ) -> Result<(Slot, KeyPair), CryptError> {
        let pair = KeyPair::generate()?;
        let mut slot = Slot {
            public: pair.public,
            salt: [0; 16],
            kdf: KdfParams::for_new_key(),
            sealed_secret: Vec::new(),
            wrapped: super::wrap_to(&pair.public, data_key)?,
            one_time,
        };
        slot.reseal(user, &pair, pass, one_time)?;
        Ok((slot, pair))
    }

    /// The key pair, opened with `pass`.
    pub fn open(&self, user: &str, pass: &[u8]) -> Result<KeyPair, CryptError> {
        let k = passphrase_key(pass, &self.salt, self.kdf)?;
        let secret = super::open(&k, &slot_ad(user), &self.sealed_secret)
            .map_err(|_| CryptError::WrongKey)?;
        let pair = KeyPair::from_secret(to_key(&secret)?);
        if pair.public != self.public {
            return Err(CryptError::Tampered);
        }
        Ok(pair)
    }

    /// The data key this slot holds.
    pub fn data_key(&self, pair: &KeyPair) -> Result<Key, CryptError> {
        super::unwrap_with(pair, &self.wrapped)
    }

    /// Seals the private key again, by a new passphrase (fresh salt, current cost).
    pub fn reseal(
        &mut self,
        user: &str,
        pair: &KeyPair,
        pass: &[u8],
        one_time: bool,
    ) -> Result<(), CryptError> {
        getrandom::fill(&mut self.salt).map_err(|e| CryptError::Random(e.to_string()))?;
        self.kdf = KdfParams::for_new_key();
        let k = passphrase_key(pass, &self.salt, self.kdf)?;
        self.sealed_secret = super::seal(&k, &slot_ad(user), pair.secret_bytes().as_ref())?;
        self.one_time = one_time;
        Ok(())
    }
}

/// What every encrypted file holds besides the slots.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Header {
    pub version: u32,
    /// Moves when the data key is replaced (`team remove`); bound into every value.
    pub epoch: u32,
    /// Random, new with every data key: tells a process whether the key it holds is
    /// still the file's.
    pub key_id: [u8; 16],
    pub recovery_public: [u8; 32],
    pub recovery_wrapped: Vec<u8>,
}

pub const HEADER_VERSION: u32 = 1;

impl Header {
    /// A header for `data_key` and a new recovery key, whose text is returned once.
    pub fn new(data_key: &Key, epoch: u32) -> Result<(Header, Zeroizing<String>), CryptError> {
        let recovery = KeyPair::generate()?;
        let mut key_id = [0u8; 16];
        getrandom::fill(&mut key_id).map_err(|e| CryptError::Random(e.to_string()))?;
        let header = Header {
            version: HEADER_VERSION,
            epoch,
            key_id,
            recovery_public: recovery.public,
            recovery_wrapped: super::wrap_to(&recovery.public, data_key)?,
        };
        Ok((header, recovery_text(&recovery.secret_bytes())))
    }
}

const RECOVERY_PREFIX: &str = "RTK1-";

/// The recovery key as people copy it onto paper: `RTK1-` and 16 groups of 4 hex digits.
pub fn recovery_text(secret: &Key) -> Zeroizing<String> {
    let mut s = Zeroizing::new(String::from(RECOVERY_PREFIX));
    for (i, b) in secret.iter().enumerate() {
        if i > 0 && i % 2 == 0 {
            s.push('-');
        }
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// A recovery key typed back in, when `text` is one.
pub fn parse_recovery(text: &str) -> Option<KeyPair> {
    let rest = text.trim().strip_prefix(RECOVERY_PREFIX)?;
    let hex: Zeroizing<String> =
        Zeroizing::new(rest.chars().filter(|c| c.is_ascii_hexdigit()).collect());
    if hex.len() != 64 {
        return None;
    }
    let mut key = Zeroizing::new([0u8; 32]);
    for (i, byte) in key.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(KeyPair::from_secret(key))
}

/// A one-time code for `team add`: 20 random characters, easy to read out.
pub fn one_time_code() -> Result<Zeroizing<String>, CryptError> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let bytes = random_key()?;
    let mut s = Zeroizing::new(String::new());
    for (i, b) in bytes.iter().take(20).enumerate() {
        if i > 0 && i % 5 == 0 {
            s.push('-');
        }
        s.push(ALPHABET[usize::from(*b) % ALPHABET.len()] as char);
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cheap() {
        // SAFETY: tests of this module read the variable only; all set it to the same value.
        unsafe { std::env::set_var("ROUNDTABLE_INSECURE_TEST_KDF", "1") };
    }

    #[test]
    fn a_slot_opens_with_its_passphrase_and_no_other() {
        cheap();
        let data = random_key().unwrap();
        let slot = Slot::new("ann", b"correct horse", &data, false).unwrap();
        let pair = slot.open("ann", b"correct horse").unwrap();
        assert_eq!(*slot.data_key(&pair).unwrap(), *data);
        assert!(matches!(
            slot.open("ann", b"wrong"),
            Err(CryptError::WrongKey)
        ));
        // A slot moved to another name does not open either.
        assert!(slot.open("bob", b"correct horse").is_err());
    }

    #[test]
    fn the_recovery_key_text_opens_the_data_key() {
        let data = random_key().unwrap();
        let (h, text) = Header::new(&data, 1).unwrap();
        let pair = parse_recovery(&text).unwrap();
        assert_eq!(pair.public, h.recovery_public);
        assert_eq!(
            *super::super::unwrap_with(&pair, &h.recovery_wrapped).unwrap(),
            *data
        );
        assert!(parse_recovery("RTK1-12").is_none());
        assert!(parse_recovery("a passphrase").is_none());
    }
}
