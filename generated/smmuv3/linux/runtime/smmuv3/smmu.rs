// SPDX-License-Identifier: MIT OR Apache-2.0

//! The SMMUv3 driver core: probe, reset and enable with bounded handshakes, the command and
//! event queues, global errors, and the configuration-invalidation paths the table code uses.
//! Device attachment is in `attach`, paging domains in `domain`.
//!
//! The command queue is reached through [`Guarded`]: an [`Smmu`] built by [`Smmu::new`] holds it
//! itself, one built by [`Smmu::with_queue`] reaches it behind the environment's lock, shared
//! with the paging domains whose translation tables the environment keeps (`shared`).

#[cfg(not(iommugen_test))]
use super::super::store::VecMap;

#[cfg(not(iommugen_test))]
use super::super::attach::Devices;
#[cfg(not(iommugen_test))]
use super::super::error::{Error, Result};
#[cfg(not(iommugen_test))]
use super::super::hal::Hal;
#[cfg(not(iommugen_test))]
use super::super::mmio::{read, write, write_acked};
#[cfg(not(iommugen_test))]
use super::super::poll::poll;
#[cfg(not(iommugen_test))]
use super::super::shared::Guarded;
#[cfg(not(iommugen_test))]
use super::cdtab::CdTable;
#[cfg(not(iommugen_test))]
use super::cmdq::{self, CommandQueue, Completion};
#[cfg(not(iommugen_test))]
use super::domain::PagingDomain;
#[cfg(not(iommugen_test))]
use super::evtq::{EventQueue, EventRecord};
#[cfg(not(iommugen_test))]
use super::features::Features;
#[cfg(not(iommugen_test))]
use super::spec::cmdq::{
    CMDQ_Command, CMD_CFGI_CD, CMD_CFGI_STE, CMD_CFGI_STE_RANGE, CMD_TLBI_NH_ALL, CMD_TLBI_NSNH_ALL,
};
#[cfg(not(iommugen_test))]
use super::spec::enums::{RegCacheability, RegShareability};
#[cfg(not(iommugen_test))]
use super::spec::regs::{CMDQ_BASE, EVTQ_BASE};
#[cfg(not(iommugen_test))]
use super::spec::regs::{
    CMDQ_CONS, CMDQ_PROD, CR0, CR1, CR2, EVTQ_CONS, EVTQ_PROD, GBPA, GERROR, GERRORN, IRQ_CTRL,
    STRTAB_BASE, STRTAB_BASE_CFG,
};
#[cfg(not(iommugen_test))]
use super::strtab::StreamTable;

#[cfg(not(iommugen_test))]
/// Deadline of register handshakes (CR0ACK, IRQ_CTRLACK, GBPA.Update), in microseconds.
pub(crate) const ACK_TIMEOUT_US: u64 = 1_000_000;

#[cfg(not(iommugen_test))]
/// What DMA from a StreamID that has no domain attached does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unattached {
    /// Aborted (the STE has Config = Abort).
    Abort,
}

#[cfg(not(iommugen_test))]
/// How to bring the SMMU up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Config {
    /// StreamID bits the stream table covers (limited by the SMMU).
    pub(crate) sid_bits: u32,
    /// log2 of the command queue size (limited by the SMMU).
    pub(crate) cmdq_log2: u32,
    /// log2 of the event queue size (limited by the SMMU).
    pub(crate) evtq_log2: u32,
    /// PASID bits of each device's CD table (limited by the SMMU; 0: no PASIDs).
    pub(crate) pasid_bits: u32,
    /// What unattached streams do.
    pub(crate) unattached: Unattached,
    /// Enable the GERROR and event queue interrupts.
    pub(crate) irqs: bool,
}

#[cfg(not(iommugen_test))]
impl Default for Config {
    fn default() -> Self {
        Config {
            sid_bits: 16,
            cmdq_log2: 8,
            evtq_log2: 7,
            pasid_bits: 8,
            unattached: Unattached::Abort,
            irqs: false,
        }
    }
}

#[cfg(not(iommugen_test))]
/// Global errors seen by [`Smmu::handle_gerror`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct GerrorReport {
    /// The GERROR bits that were active (before acknowledgement).
    pub(crate) active: u32,
    /// Whether a command error was handled.
    pub(crate) cmdq: bool,
    /// GERROR.EVENTQ_ABT_ERR: the SMMU could not write event records, so events were lost
    /// (QEMU's model also raises it when the event queue is full, where the architecture sets
    /// EVENTQ_PROD.OVFLG instead). Counted in [`super::evtq::EvtqStats::aborts`].
    pub(crate) events_lost: bool,
}

#[cfg(not(iommugen_test))]
/// Counters of driver activity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Stats {
    /// STE updates and the syncs they issued.
    pub(crate) ste_writes: u64,
    /// Syncs issued for STE updates.
    pub(crate) ste_syncs: u64,
    /// CD updates.
    pub(crate) cd_writes: u64,
    /// Syncs issued for CD updates.
    pub(crate) cd_syncs: u64,
    /// TLB invalidation commands issued.
    pub(crate) tlbi: u64,
    /// Global error interrupts handled.
    pub(crate) gerrors: u64,
}

#[cfg(not(iommugen_test))]
/// A probed, enabled SMMUv3. `Q` holds its command queue: the queue itself (the default), or a
/// handle to it behind a lock ([`Smmu::with_queue`]).
pub(crate) struct Smmu<H: Hal, Q: Guarded<H, CommandQueue> = CommandQueue> {
    /// The hardware access.
    pub(crate) hal: H,
    /// What the SMMU implements.
    pub(crate) features: Features,
    /// The configuration it was brought up with (after limiting to the features).
    pub(crate) config: Config,
    pub(super) cmdq: Q,
    pub(super) evtq: EventQueue,
    pub(super) strtab: StreamTable,
    /// Every device's API state, kept by the core's attach state machine.
    pub(super) devices: Devices,
    /// Every device's CD table (allocated on first use, kept for the device's life).
    pub(super) cdtabs: VecMap<u32, CdTable>,
    pub(super) domains: VecMap<u32, PagingDomain>,
    pub(super) s2_domains: VecMap<u32, super::stage2::S2Domain>,
    /// StreamIDs given a stage-2 domain directly.
    pub(super) s2_attached: VecMap<u32, (super::stage2::S2DomainId, bool)>,
    pub(super) next_domain: u32,
    /// Counters.
    pub(crate) stats: Stats,
}

#[cfg(not(iommugen_test))]
impl<H: Hal, Q: Guarded<H, CommandQueue>> Smmu<H, Q> {
    /// [`Smmu::new`] with the command queue held by `Q`: `queue` gets the HAL and the queue's
    /// log2 size and returns the holder (for instance a lock around a [`CommandQueue`] made with
    /// [`CommandQueue::new`], with a HAL of its own).
    pub(crate) fn with_queue(
        hal: H,
        config: Config,
        queue: impl FnOnce(&H, u32) -> Result<Q>,
    ) -> Result<Self> {
        let features = Features::probe(&hal)?;
        let config = Config {
            sid_bits: config.sid_bits.min(features.sid_bits),
            cmdq_log2: config
                .cmdq_log2
                .clamp(super::features::MIN_CMDQ_LOG2, features.cmdq_log2),
            evtq_log2: config
                .evtq_log2
                .clamp(super::features::MIN_EVTQ_LOG2, features.evtq_log2),
            pasid_bits: config.pasid_bits.min(features.ssid_bits),
            ..config
        };
        if !features.stage1 {
            return Err(Error::Unsupported {
                what: "the driver's paging domains need stage 1 (IDR0.S1P)",
            });
        }
        // Quiesce: a firmware-enabled SMMU is turned off first.
        write_acked(&hal, CR0::from_bits(0), ACK_TIMEOUT_US, "CR0ACK (disable)")?;
        // While off, the global bypass attribute decides what DMA does.
        let gbpa = GBPA::from_bits(0)
            .with_ABORT(config.unattached == Unattached::Abort)
            .with_Update(true);
        write(&hal, gbpa);
        poll(&hal, "GBPA.Update", ACK_TIMEOUT_US, || {
            (!read::<H, GBPA>(&hal).Update()).then_some(())
        })?;

        let (sh, cache) = if features.coherent {
            (RegShareability::InnerShareable, RegCacheability::WriteBack)
        } else {
            (
                RegShareability::OuterShareable,
                RegCacheability::NonCacheable,
            )
        };
        write(
            &hal,
            CR1::from_bits(0)
                .with_QUEUE_SH(sh)
                .with_QUEUE_IC(cache)
                .with_QUEUE_OC(cache)
                .with_TABLE_SH(sh)
                .with_TABLE_IC(cache)
                .with_TABLE_OC(cache),
        );
        write(&hal, CR2::from_bits(0).with_PTM(true).with_RECINVSID(true));

        let default = super::ste::unattached(config.unattached);
        #[allow(unused_mut)] // changed below only by a test-only feature
        let mut strtab = StreamTable::new(&hal, &features, config.sid_bits, default)?;
        let cmdq = queue(&hal, config.cmdq_log2)?;
        let evtq = EventQueue::new(&hal, config.evtq_log2)?;
        let mut smmu = Smmu {
            hal,
            features,
            config,
            cmdq,
            evtq,
            strtab,
            devices: VecMap::new(),
            cdtabs: VecMap::new(),
            domains: VecMap::new(),
            s2_domains: VecMap::new(),
            s2_attached: VecMap::new(),
            next_domain: 1,
            stats: Stats::default(),
        };
        smmu.enable()?;
        Ok(smmu)
    }

    /// Programs the tables and queues and turns the SMMU on, step by step with CR0ACK.
    fn enable(&mut self) -> Result<()> {
        let hal = &self.hal;
        let (base, cfg): (STRTAB_BASE, STRTAB_BASE_CFG) = self.strtab.registers()?;
        write(hal, base);
        write(hal, cfg);
        // A CMD_SYNC signals its completion by an MSI write over itself when the SMMU can
        // write MSIs coherently; otherwise CMDQ_CONS is polled.
        let completion = if self.features.msi && self.features.coherent {
            Completion::Memory
        } else {
            Completion::Polled
        };
        let cmdq_base: CMDQ_BASE = self.cmdq.with(hal, |h, q: &mut CommandQueue| {
            q.reset_indexes(h);
            q.set_completion(completion);
            q.base()
        })?;
        write(hal, cmdq_base);
        write(hal, CMDQ_PROD::from_bits(0));
        write(hal, CMDQ_CONS::from_bits(0));
        let evtq_base: EVTQ_BASE = self.evtq.base()?;
        write(hal, evtq_base);
        write(hal, EVTQ_PROD::from_bits(0));
        write(hal, EVTQ_CONS::from_bits(0));
        self.evtq.reset_indexes();
        hal.wmb();

        let mut cr0 = CR0::from_bits(0).with_CMDQEN(true);
        write_acked(hal, cr0, ACK_TIMEOUT_US, "CR0ACK (command queue)")?;
        // Nothing cached from before the reset may survive.
        let all = CMD_CFGI_STE_RANGE::new().with_Range(31)?;
        self.submit(&[
            CMDQ_Command::CMD_CFGI_STE_RANGE(all),
            CMDQ_Command::CMD_TLBI_NH_ALL(CMD_TLBI_NH_ALL::new()),
            CMDQ_Command::CMD_TLBI_NSNH_ALL(CMD_TLBI_NSNH_ALL::new()),
        ])?;
        let hal = &self.hal;
        cr0 = cr0.with_EVENTQEN(true);
        write_acked(hal, cr0, ACK_TIMEOUT_US, "CR0ACK (event queue)")?;
        let irq = IRQ_CTRL::from_bits(0)
            .with_GERROR_IRQEN(self.config.irqs)
            .with_EVENTQ_IRQEN(self.config.irqs);
        write_acked(hal, irq, ACK_TIMEOUT_US, "IRQ_CTRLACK")?;
        cr0 = cr0.with_SMMUEN(true);
        write_acked(hal, cr0, ACK_TIMEOUT_US, "CR0ACK (enable)")?;
        Ok(())
    }

    /// Turns translation off (DMA then follows GBPA) and disables the queues. The command
    /// queue is stopped first ([`CommandQueue::stop`]): from then on an unmap or flush (the
    /// IOMMU core may still call them, e.g. its flush queue at power-off, even from a timer
    /// that interrupts this wait for CR0ACK) changes the tables but waits for no CMD_SYNC the
    /// disabled SMMU would never complete, and a batch still awaited counts as complete. If the
    /// SMMU does not acknowledge, the queue is started again and the error returned.
    pub(crate) fn disable(&mut self) -> Result<()> {
        self.cmdq
            .with(&self.hal, |_, q: &mut CommandQueue| q.stop());
        let off = write_acked(
            &self.hal,
            CR0::from_bits(0),
            ACK_TIMEOUT_US,
            "CR0ACK (disable)",
        );
        if off.is_err() {
            self.cmdq
                .with(&self.hal, |_, q: &mut CommandQueue| q.resume());
        }
        off
    }

    /// What holds the command queue (for an environment that shares it: a handle to the lock
    /// the paging domains' invalidations take too).
    pub(crate) fn queue(&self) -> &Q {
        &self.cmdq
    }

    /// Issues commands followed by CMD_SYNC and waits for them.
    pub(crate) fn submit(&mut self, commands: &[CMDQ_Command]) -> Result<()> {
        cmdq::submit(&self.hal, &mut self.cmdq, commands.iter().map(|c| Ok(*c)))
    }

    /// Makes the SMMU drop its cached copy of the STE of `sid`.
    pub(super) fn sync_ste(&mut self, sid: u32) -> Result<()> {
        self.stats.ste_syncs += 1;
        self.submit(&[CMDQ_Command::CMD_CFGI_STE(
            CMD_CFGI_STE::new().with_StreamID(sid).with_Leaf(true),
        )])
    }

    /// Makes the SMMU drop what it cached of the level-2 range holding `sid` (the STEs and the
    /// level-1 descriptor), after that descriptor changed.
    pub(super) fn sync_ste_range(&mut self, sid: u32) -> Result<()> {
        self.stats.ste_syncs += 1;
        let bits = super::strtab::SPLIT;
        // Range n covers 2^(n+1) StreamIDs from an aligned base.
        let cmd = CMD_CFGI_STE_RANGE::new()
            .with_StreamID(sid & !((1 << bits) - 1))
            .with_Range((bits - 1) as u8)?;
        self.submit(&[CMDQ_Command::CMD_CFGI_STE_RANGE(cmd)])
    }

    /// Makes the SMMU drop its cached copy of CD `ssid` of `sid`.
    pub(super) fn sync_cd(&mut self, sid: u32, ssid: u32, leaf: bool) -> Result<()> {
        self.stats.cd_syncs += 1;
        let cmd = CMD_CFGI_CD::new()
            .with_StreamID(sid)
            .with_SubstreamID(ssid)?
            .with_Leaf(leaf);
        self.submit(&[CMDQ_Command::CMD_CFGI_CD(cmd)])
    }

    /// Consumes pending events, passing each to `f`; returns how many.
    pub(crate) fn poll_events(&mut self, f: impl FnMut(EventRecord)) -> usize {
        self.evtq.drain(&self.hal, f)
    }

    /// Event queue counters (events, undecoded records, overflows).
    pub(crate) fn event_stats(&self) -> super::evtq::EvtqStats {
        self.evtq.stats
    }

    /// Handles global errors (the GERROR interrupt, or a poll): a command error is fixed as in
    /// [`CommandQueue::fix_error`]; every active error is acknowledged once. Bounded: one pass.
    pub(crate) fn handle_gerror(&mut self) -> Result<GerrorReport> {
        let g: GERROR = read(&self.hal);
        let n: GERRORN = read(&self.hal);
        let active = g.active(n);
        if active.bits() == 0 {
            return Ok(GerrorReport::default());
        }
        self.stats.gerrors += 1;
        let mut report = GerrorReport {
            active: active.bits(),
            cmdq: false,
            events_lost: active.EVENTQ_ABT_ERR(),
        };
        if report.events_lost {
            self.evtq.stats.aborts += 1;
        }
        if active.CMDQ_ERR() {
            self.cmdq
                .with(&self.hal, |h, q: &mut CommandQueue| q.fix_error(h));
            report.cmdq = true;
        }
        // Acknowledge the rest (re-read: fixing the command error acknowledged its bit).
        let n: GERRORN = read(&self.hal);
        write(&self.hal, n.acknowledge(g));
        Ok(report)
    }
}
