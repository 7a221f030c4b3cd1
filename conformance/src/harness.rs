//! The interface between the suite and an implementation under test.

use alloc::string::String;
use alloc::vec::Vec;

use crate::model::{Domain, Error, Op, Outcome};
use crate::universe::Universe;

/// Why a step cannot be run on an implementation (the hardware cannot express it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotApplicable(pub String);

/// What an implementation did, in the model's terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The operation succeeded.
    Ok,
    /// The operation was refused with one of the spec's errors.
    Refused(Error),
    /// It failed in a way the spec does not declare.
    Failed(String),
}

/// An implementation of the semantics, driven by the suite.
pub trait Harness {
    /// A name for reports.
    fn name(&self) -> String;
    /// Starts over: a fresh implementation with the domains `u.live` allocated, no device
    /// attached to anything.
    fn reset(&mut self, u: &Universe) -> Result<(), String>;
    /// Whether the implementation can run `op` at all.
    fn applicable(&self, op: &Op) -> Result<(), NotApplicable>;
    /// Whether the implementation can observe DMA with `pasid`.
    fn observable(&self, pasid: Option<u32>) -> Result<(), NotApplicable>;
    /// Runs `op` on device `dev` (a domain operation, which has no device, gets 0): the
    /// domain operations allocate and free the universe's domains, each allocation a new
    /// domain of the implementation.
    fn apply(&mut self, dev: usize, op: &Op) -> Answer;
    /// Plays a DMA from device `dev` (with `pasid`) and reports which domain translated it, or
    /// whether it was passed through or faulted.
    fn observe(&mut self, dev: usize, pasid: Option<u32>) -> Result<Outcome, String>;
    /// Plays the DMAs of `probes` (device, PASID) and reports their outcomes in that order. The
    /// default plays them one after the other with [`Harness::observe`]; an implementation
    /// whose DMA masters are slow may run them concurrently (no operation comes between them).
    fn observe_all(&mut self, probes: &[(usize, Option<u32>)]) -> Result<Vec<Outcome>, String> {
        probes.iter().map(|(d, p)| self.observe(*d, *p)).collect()
    }
    /// What the implementation remembers beyond the model's state, in a canonical form: two
    /// histories with the same model state and the same fingerprint must behave the same from
    /// then on, for the suite merges them. `None` (the default) when the implementation
    /// cannot be inspected: the suite then merges nothing.
    fn fingerprint(&mut self, _u: &Universe) -> Option<Vec<u64>> {
        None
    }
}

/// A domain of the universe by identity (used by harnesses to map addresses back).
pub fn domain_index(u: &Universe, d: Domain) -> Option<usize> {
    u.domains.iter().position(|x| *x == d)
}
