//! Encryption at rest, after age's design: every value sealed with XChaCha20-Poly1305
//! under a data key; the data key sealed to each person's X25519 public key; each
//! person's private key sealed by their passphrase through Argon2id. Pure functions: no
//! file, no database (the store keeps the sealed keys in its `crypt` table).
//!
//! Every secret lives in a [`Zeroizing`] buffer or a zeroizing type of its crate
//! (`StaticSecret`, the AEAD's key schedule), so that it is wiped when dropped.

pub mod passphrase;
pub mod slots;

use chacha20poly1305::aead::{AeadInPlace, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use sha2::Sha256;
use x25519_dalek::{PublicKey, StaticSecret};
use zeroize::{Zeroize, Zeroizing};

/// A 256-bit secret key, wiped when dropped.
pub type Key = Zeroizing<[u8; 32]>;

const NONCE: usize = 24;
const TAG: usize = 16;

/// Why something sealed did not open. Never says more: a wrong key and a changed byte
/// look the same to an AEAD, and that is all an attacker may learn.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CryptError {
    #[error("{}", crate::i18n::t("crypt-wrong_key"))]
    WrongKey,
    #[error("{}", crate::i18n::t("crypt-tampered"))]
    Tampered,
    #[error("{}", crate::i18n::tf("crypt-no_randomness", &[("detail", .0)]))]
    Random(String),
    #[error("{}", crate::i18n::tf("crypt-kdf_failed", &[("detail", .0)]))]
    Kdf(String),
}

/// 32 random bytes from the system, as a key.
pub fn random_key() -> Result<Key, CryptError> {
    let mut k = Zeroizing::new([0u8; 32]);
    fill(k.as_mut())?;
    Ok(k)
}

fn fill(buf: &mut [u8]) -> Result<(), CryptError> {
    getrandom::fill(buf).map_err(|e| CryptError::Random(e.to_string()))
}

/// `nonce || ciphertext || tag` of `plain` under `key`, bound to `ad`.
pub fn seal(key: &Key, ad: &[u8], plain: &[u8]) -> Result<Vec<u8>, CryptError> {
    let mut out = Vec::with_capacity(NONCE + plain.len() + TAG);
    Opener::new(key).seal_into(ad, plain, &mut out)?;
    Ok(out)
}

/// The plaintext of what [`seal`] made with the same key and `ad`; any other key, `ad`
/// or a single changed or missing byte fails.
pub fn open(key: &Key, ad: &[u8], sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>, CryptError> {
    let mut out = Zeroizing::new(Vec::new());
    Opener::new(key).open_into(ad, sealed, &mut out)?;
    Ok(out)
}

/// The AEAD of one key, built once to open and seal many values ([`open`] and [`seal`]
/// build one per value). Its copy of the key is wiped when dropped (the crate's
/// `ZeroizeOnDrop`).
pub struct Opener(XChaCha20Poly1305);

impl Opener {
    pub fn new(key: &Key) -> Opener {
        Opener(XChaCha20Poly1305::new(key.as_ref().into()))
    }

    /// Appends `nonce || ciphertext || tag` of `plain`, bound to `ad`, to `out`, as
    /// [`seal`] makes it: a fresh random nonce, encrypted in place in `out`.
    pub fn seal_into(&self, ad: &[u8], plain: &[u8], out: &mut Vec<u8>) -> Result<(), CryptError> {
        let mut nonce = [0u8; NONCE];
        fill(&mut nonce)?;
        out.reserve(NONCE + plain.len() + TAG);
        out.extend_from_slice(&nonce);
        let start = out.len();
        out.extend_from_slice(plain);
        let tag = self
            .0
            .encrypt_in_place_detached(XNonce::from_slice(&nonce), ad, &mut out[start..])
            .map_err(|_| CryptError::Tampered)?;
        out.extend_from_slice(&tag);
        Ok(())
    }

    /// Opens `sealed` (as [`open`] does) into `out`, reusing its allocation. `out` holds
    /// the plaintext on success and is left empty on any failure. A buffer too small is
    /// replaced, not grown, so that no earlier plaintext is left in freed memory.
    pub fn open_into(
        &self,
        ad: &[u8],
        sealed: &[u8],
        out: &mut Zeroizing<Vec<u8>>,
    ) -> Result<(), CryptError> {
        out.clear();
        if sealed.len() < NONCE + TAG {
            return Err(CryptError::Tampered);
        }
        let (nonce, ct) = sealed.split_at(NONCE);
        if out.capacity() < ct.len() {
            *out = Zeroizing::new(Vec::with_capacity(ct.len()));
        }
        out.extend_from_slice(ct);
        let opened = self
            .0
            .decrypt_in_place(XNonce::from_slice(nonce), ad, &mut **out);
        if opened.is_err() {
            out.zeroize();
            out.clear();
            return Err(CryptError::Tampered);
        }
        Ok(())
    }
}

thread_local! {
    static DERIVATIONS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// How many keys [`derive`] made on this thread so far: tests hold the store to one
/// derivation per record key and transaction, not one per value.
pub fn derivations() -> u64 {
    DERIVATIONS.with(|d| d.get())
}

/// HKDF-SHA256 of `ikm` with `salt`, for one `info` purpose.
pub fn derive(ikm: &[u8], salt: &[u8], info: &[u8]) -> Key {
    DERIVATIONS.with(|d| d.set(d.get() + 1));
    let mut out = Zeroizing::new([0u8; 32]);
    // 32 bytes is always a valid HKDF-SHA256 output length.
    let _ = Hkdf::<Sha256>::new(Some(salt), ikm).expand(info, out.as_mut());
    out
}

/// Argon2id cost, stored beside each sealed private key. Read from a file, it is capped
/// ([`KdfParams::checked`]) so that a file cannot make the program claim gigabytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub passes: u32,
    pub lanes: u32,
}

impl KdfParams {
    /// About 0.3–0.5 s on a server core (see BENCHMARKS.md).
    pub const DEFAULT: KdfParams = KdfParams {
        memory_kib: 64 * 1024,
        passes: 3,
        lanes: 1,
    };
    /// For tests only, chosen at `init` by `ROUNDTABLE_INSECURE_TEST_KDF=1` in a debug
    /// build; a release build never reads that variable.
    pub const TEST: KdfParams = KdfParams {
        memory_kib: 64,
        passes: 1,
        lanes: 1,
    };
    const MAX_MEMORY_KIB: u32 = 1024 * 1024;
    const MAX_PASSES: u32 = 16;
    const MAX_LANES: u32 = 8;

    /// The parameters for a new key: the default, or the cheap ones of the test suite
    /// (debug builds only, so that no environment can weaken a key made in production).
    pub fn for_new_key() -> KdfParams {
        if cfg!(debug_assertions)
            && std::env::var_os("ROUNDTABLE_INSECURE_TEST_KDF").is_some_and(|v| v == "1")
        {
            KdfParams::TEST
        } else {
            KdfParams::DEFAULT
        }
    }

    /// These parameters, or an error when they pass the caps.
    pub fn checked(self) -> Result<KdfParams, CryptError> {
        if self.memory_kib > Self::MAX_MEMORY_KIB
            || self.passes > Self::MAX_PASSES
            || self.lanes > Self::MAX_LANES
            || self.passes == 0
            || self.lanes == 0
        {
            return Err(CryptError::Kdf(format!(
                "the file asks for {} KiB, {} passes, {} lanes: more than allowed",
                self.memory_kib, self.passes, self.lanes
            )));
        }
        Ok(self)
    }
}

/// The key that a passphrase (or one-time code) seals a private key with.
pub fn passphrase_key(pass: &[u8], salt: &[u8], params: KdfParams) -> Result<Key, CryptError> {
    let p = params.checked()?;
    let params = argon2::Params::new(p.memory_kib, p.passes, p.lanes, Some(32))
        .map_err(|e| CryptError::Kdf(e.to_string()))?;
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut out = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(pass, salt, out.as_mut())
        .map_err(|e| CryptError::Kdf(e.to_string()))?;
    Ok(out)
}

/// An X25519 key pair: a person's, or the recovery key.
pub struct KeyPair {
    pub secret: StaticSecret,
    pub public: [u8; 32],
}

impl KeyPair {
    pub fn generate() -> Result<KeyPair, CryptError> {
        Ok(Self::from_secret(random_key()?))
    }

    pub fn from_secret(bytes: Key) -> KeyPair {
        let secret = StaticSecret::from(*bytes);
        let public = PublicKey::from(&secret).to_bytes();
        KeyPair { secret, public }
    }

    pub fn secret_bytes(&self) -> Key {
        Zeroizing::new(self.secret.to_bytes())
    }
}

const WRAP_INFO: &[u8] = b"roundtable v1 key wrap";

/// `key` sealed to `public`, as age does: an ephemeral key pair, the shared secret through
/// HKDF (salted with both public keys), then the AEAD. Output: `ephemeral public || sealed`.
pub fn wrap_to(public: &[u8; 32], key: &Key) -> Result<Vec<u8>, CryptError> {
    let eph = KeyPair::generate()?;
    let shared = Zeroizing::new(
        eph.secret
            .diffie_hellman(&PublicKey::from(*public))
            .to_bytes(),
    );
    let wrap_key = derive(
        shared.as_ref(),
        &[&eph.public[..], &public[..]].concat(),
        WRAP_INFO,
    );
    let mut out = eph.public.to_vec();
    out.extend(seal(&wrap_key, public, key.as_ref())?);
    Ok(out)
}

/// What [`wrap_to`] sealed to this key pair's public key.
pub fn unwrap_with(pair: &KeyPair, wrapped: &[u8]) -> Result<Key, CryptError> {
    if wrapped.len() < 32 {
        return Err(CryptError::Tampered);
    }
    let (eph, sealed) = wrapped.split_at(32);
    let mut eph_pub = [0u8; 32];
    eph_pub.copy_from_slice(eph);
    let shared = Zeroizing::new(
        pair.secret
            .diffie_hellman(&PublicKey::from(eph_pub))
            .to_bytes(),
    );
    let wrap_key = derive(
        shared.as_ref(),
        &[eph, &pair.public[..]].concat(),
        WRAP_INFO,
    );
    let plain = open(&wrap_key, &pair.public, sealed).map_err(|_| CryptError::WrongKey)?;
    to_key(&plain)
}

/// A 32-byte key from an opened value.
pub fn to_key(bytes: &[u8]) -> Result<Key, CryptError> {
    let arr: [u8; 32] = bytes.try_into().map_err(|_| CryptError::Tampered)?;
    Ok(Zeroizing::new(arr))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_only_with_their_key_and_associated_data() {
        let k = random_key().unwrap();
        let s = seal(&k, b"notes/7/1", b"hello").unwrap();
        assert_eq!(open(&k, b"notes/7/1", &s).unwrap().as_slice(), b"hello");
        assert_eq!(open(&k, b"notes/8/1", &s), Err(CryptError::Tampered));
        let other = random_key().unwrap();
        assert_eq!(open(&other, b"notes/7/1", &s), Err(CryptError::Tampered));
        let mut flipped = s.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert_eq!(open(&k, b"notes/7/1", &flipped), Err(CryptError::Tampered));
        for cut in 0..s.len() {
            assert!(open(&k, b"notes/7/1", &s[..cut]).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn an_opener_reuses_its_buffer_and_leaves_it_empty_on_failure() {
        let k = random_key().unwrap();
        let opener = Opener::new(&k);
        let long = seal(&k, b"a", &[7u8; 300]).unwrap();
        let short = seal(&k, b"b", b"hi").unwrap();
        let mut buf = Zeroizing::new(Vec::new());
        opener.open_into(b"a", &long, &mut buf).unwrap();
        assert_eq!(buf.as_slice(), &[7u8; 300][..]);
        opener.open_into(b"b", &short, &mut buf).unwrap();
        assert_eq!(buf.as_slice(), b"hi");
        assert!(opener.open_into(b"a", &short, &mut buf).is_err());
        assert!(buf.is_empty(), "nothing of a failed opening is kept");
        let mut flipped = long.clone();
        flipped[30] ^= 1;
        assert!(opener.open_into(b"a", &flipped, &mut buf).is_err());
        assert!(buf.is_empty());
        assert!(opener.open_into(b"a", &long[..20], &mut buf).is_err());
        let other = Opener::new(&random_key().unwrap());
        assert!(other.open_into(b"a", &long, &mut buf).is_err());
        assert!(buf.is_empty());
    }

    #[test]
    fn a_wrapped_key_opens_with_the_recipients_private_key_only() {
        let alice = KeyPair::generate().unwrap();
        let bob = KeyPair::generate().unwrap();
        let data = random_key().unwrap();
        let w = wrap_to(&alice.public, &data).unwrap();
        assert_eq!(*unwrap_with(&alice, &w).unwrap(), *data);
        assert!(unwrap_with(&bob, &w).is_err());
    }

    #[test]
    fn kdf_parameters_from_a_file_are_capped() {
        let huge = KdfParams {
            memory_kib: u32::MAX,
            passes: 1,
            lanes: 1,
        };
        assert!(passphrase_key(b"x", &[0; 16], huge).is_err());
        let k1 = passphrase_key(b"x", &[0; 16], KdfParams::TEST).unwrap();
        let k2 = passphrase_key(b"y", &[0; 16], KdfParams::TEST).unwrap();
        assert_ne!(*k1, *k2);
    }
}
