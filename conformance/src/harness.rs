//! The interface between the suite and an implementation under test.

use alloc::string::String;

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
    /// Starts over: a fresh implementation with every domain of `u` created, no device
    /// attached to anything.
    fn reset(&mut self, u: &Universe) -> Result<(), String>;
    /// Whether the implementation can run `op` at all.
    fn applicable(&self, op: &Op) -> Result<(), NotApplicable>;
    /// Whether the implementation can observe DMA with `pasid`.
    fn observable(&self, pasid: Option<u32>) -> Result<(), NotApplicable>;
    /// Runs `op` on device `dev`.
    fn apply(&mut self, dev: usize, op: &Op) -> Answer;
    /// Plays a DMA from device `dev` (with `pasid`) and reports which domain translated it, or
    /// whether it was passed through or faulted.
    fn observe(&mut self, dev: usize, pasid: Option<u32>) -> Result<Outcome, String>;
}

/// A domain of the universe by identity (used by harnesses to map addresses back).
pub fn domain_index(u: &Universe, d: Domain) -> Option<usize> {
    u.domains.iter().position(|x| *x == d)
}
