// SPDX-License-Identifier: MIT OR Apache-2.0

//! Errors the runtime reports. Nothing in the runtime panics on bad hardware state, command
//! errors or timeouts: every such case is one of these.

use core::fmt;

use super::hal::HalError;
use super::support::FieldError;

/// A runtime error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(
    clippy::enum_variant_names,
    reason = "`CommandError` is an error the command queue reports; `Command` alone would name a command"
)]
pub(crate) enum Error {
    #[cfg(not(iommugen_test))]
    /// A bounded wait ran out of time.
    Timeout {
        /// What was waited for.
        what: &'static str,
        /// How long, in microseconds.
        waited_us: u64,
    },
    /// The hardware lacks something the driver needs, or reports a configuration it cannot
    /// handle.
    Unsupported {
        /// What is missing or not handled.
        what: &'static str,
    },
    #[cfg(not(iommugen_test))]
    /// The SMMU rejected a command (CMDQ_CONS.ERR).
    CommandError {
        /// The CERROR code.
        code: u8,
        /// The opcode of the rejected command.
        opcode: u8,
    },
    /// A value did not fit a field.
    Field(FieldError),
    /// The environment refused a request.
    Hal(HalError),
    /// An argument is outside what the device or the call accepts.
    InvalidArgument {
        /// Which argument, and why.
        what: &'static str,
    },
    /// The operation conflicts with the current state.
    Busy {
        /// What is in use.
        what: &'static str,
    },
    /// A resource (ASIDs, VMIDs, table space) is exhausted.
    Exhausted {
        /// What ran out.
        what: &'static str,
    },
    #[cfg(not(iommugen_test))]
    /// The operation is refused by the spec's semantics (a precondition does not hold).
    Refused(Refusal),
    /// Memory the runtime owns does not hold what it wrote (the hardware or another agent
    /// changed it).
    Corrupt {
        /// Which structure.
        what: &'static str,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            #[cfg(not(iommugen_test))]
            Error::Timeout { what, waited_us } => {
                write!(f, "timed out after {waited_us} us waiting for {what}")
            }
            Error::Unsupported { what } => write!(f, "unsupported: {what}"),
            #[cfg(not(iommugen_test))]
            Error::CommandError { code, opcode } => {
                write!(f, "command {opcode:#04x} rejected with CERROR {code:#x}")
            }
            Error::Field(e) => e.fmt(f),
            Error::Hal(e) => e.fmt(f),
            Error::InvalidArgument { what } => write!(f, "invalid argument: {what}"),
            Error::Busy { what } => write!(f, "busy: {what}"),
            Error::Exhausted { what } => write!(f, "exhausted: {what}"),
            Error::Corrupt { what } => write!(f, "corrupt: {what}"),
            #[cfg(not(iommugen_test))]
            Error::Refused(e) => write!(f, "refused: {}", e.text()),
        }
    }
}

impl From<FieldError> for Error {
    fn from(e: FieldError) -> Self {
        Error::Field(e)
    }
}

impl From<HalError> for Error {
    fn from(e: HalError) -> Self {
        Error::Hal(e)
    }
}

#[cfg(not(iommugen_test))]
/// Why the API semantics refuse an operation: the errors of the contract every spec imports
/// (`specs/common/iommu_domain.iommu`), as each architecture's generated `OpError` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Refusal {
    /// `EINVAL`: the domain cannot be attached this way.
    Einval,
    /// `EBUSY`: still in use: the device has PASIDs attached, or the domain is attached.
    Ebusy,
}

#[cfg(not(iommugen_test))]
impl Refusal {
    /// The contract's description.
    pub(crate) const fn text(self) -> &'static str {
        match self {
            Refusal::Einval => "the domain cannot be attached this way",
            Refusal::Ebusy => {
                "still in use: the device has PASIDs attached, or the domain is attached"
            }
        }
    }
}

/// Runtime results.
pub(crate) type Result<T> = core::result::Result<T, Error>;
