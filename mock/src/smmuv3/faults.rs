//! Fault injection: switches that make the modelled SMMU misbehave the way hardware can (or
//! the way a driver must survive): illegal or aborted commands, a CMD_SYNC that never
//! completes, a full event queue, storms of global errors, STE fetch aborts, slow handshakes.
//! Set them with [`crate::MockSmmu::set_faults`].

use std::collections::BTreeSet;

/// Global errors raised again each time software acknowledges them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GerrorStorm {
    /// GERROR bits to raise (CMDQ_ERR is left to the command queue and ignored here).
    pub bits: u32,
    /// How many more times to raise them after the first time.
    pub repeats: u32,
}

/// The fault-injection switches. `Default` is a well-behaved SMMU.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Faults {
    /// The next this-many commands consumed are rejected with CERROR_ILL (whatever they are).
    pub reject_commands: u32,
    /// The next this-many command fetches abort: CERROR_ABT.
    pub abort_commands: u32,
    /// While set, a CMD_SYNC never completes: CMDQ_CONS stops at it. Clearing it lets the
    /// queue run on.
    pub hang_sync: bool,
    /// While set, the event queue behaves as full: events are dropped and the overflow flag
    /// (EVTQ_PROD.OVFLG) is toggled as for a real overflow.
    pub evtq_full: bool,
    /// Raise these GERROR bits now, and again after each acknowledgement.
    pub gerror_storm: Option<GerrorStorm>,
    /// StreamIDs whose STE (or level-1 descriptor) fetch aborts: F_STE_FETCH.
    pub ste_fetch_abort: BTreeSet<u32>,
    /// Virtual nanoseconds before the device acts on CR0, IRQ_CTRL and GBPA writes (and
    /// acknowledges them); `u64::MAX` means never.
    pub ack_delay_ns: u64,
}
