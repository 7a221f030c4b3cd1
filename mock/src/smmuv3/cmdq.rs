//! The Command queue, consumed synchronously when CMDQ_PROD is written (as QEMU does) while
//! CR0.CMDQEN is acknowledged, by the engine's consumer under the wrap-bit index protocol.
//! Each command is read at CMDQ_CONS and decoded with the
//! generated `CMDQ_Command::decode`; CFGI_* commands drop configuration-cache entries, TLBI_*
//! drop IOTLB and walk-cache entries, CMD_SYNC completes (with its interrupt or MSI). A command
//! that cannot be decoded or is illegal here (a Secure-only command, SSec = 1, a feature the
//! implementation lacks) stops consumption with CMDQ_CONS.ERR = CERROR_ILL and GERROR.CMDQ_ERR;
//! once software acknowledges in GERRORN, the command at CMDQ_CONS is read again.

use iommugen_runtime::smmuv3::spec::cmdq::{CMDQ_Command, CMD_SYNC};
use iommugen_runtime::smmuv3::spec::enums::{CmdqError, ComplSignal};
use iommugen_runtime::smmuv3::spec::regs::{
    CMDQ_BASE, CMDQ_CONS, CMDQ_PROD, CR2, GERROR, GERRORN, STRTAB_BASE_CFG,
};

use super::tlb::{AsidMatch, Regime, Scope, Stages};
use super::Model;
use crate::engine::queue::{self, Consumer, Protocol, Ring, Step};

/// The command queue as the engine's consumer sees it.
struct Cmdq<'a>(&'a mut Model);

impl Consumer for Cmdq<'_> {
    type Error = CmdqError;

    fn stopped(&mut self) -> bool {
        let m = &self.0;
        let cmdq_err = u64::from(GERRORN::from_bits(0).with_CMDQ_ERR(true).bits());
        let gerror = m.regs.at(GERROR::OFFSET).unwrap_or(usize::MAX);
        m.regs.active(gerror) & cmdq_err != 0
    }

    fn indexes(&mut self) -> (u32, u32) {
        (
            self.0.reg::<CMDQ_PROD>().WR(),
            self.0.reg::<CMDQ_CONS>().RD(),
        )
    }

    fn fetch(&mut self, addr: u64, words: usize) -> Result<Vec<u64>, CmdqError> {
        let m = &mut *self.0;
        if m.arch.faults.abort_commands > 0 {
            m.arch.faults.abort_commands -= 1;
            return Err(CmdqError::CERROR_ABT);
        }
        m.dev_read_words(addr, words, "command queue")
            .ok_or(CmdqError::CERROR_ABT)
    }

    fn execute(&mut self, entry: &[u64]) -> Result<Step, CmdqError> {
        let m = &mut *self.0;
        if m.arch.faults.reject_commands > 0 {
            m.arch.faults.reject_commands -= 1;
            return Err(CmdqError::CERROR_ILL);
        }
        let &[w0, w1] = entry else {
            return Err(CmdqError::CERROR_ABT);
        };
        let cmd = CMDQ_Command::decode(&[w0, w1]).map_err(|_| CmdqError::CERROR_ILL)?;
        if matches!(cmd, CMDQ_Command::CMD_SYNC(_)) && m.arch.faults.hang_sync {
            m.arch.cmdq_waiting = true;
            return Ok(Step::Hold);
        }
        m.execute(&cmd)?;
        m.arch.stats.commands += 1;
        Ok(Step::Consumed)
    }

    fn advance(&mut self, cons: u32) {
        let r = self.0.reg::<CMDQ_CONS>();
        self.0.set_reg(r.with_RD(cons).unwrap_or(r));
    }

    fn error(&mut self, code: CmdqError) {
        self.0.command_error(code);
    }
}

impl Model {
    /// Consumes commands until the queue is empty, an error stops it, or a CMD_SYNC hangs.
    pub(crate) fn process_cmdq(&mut self) {
        self.arch.cmdq_waiting = false;
        if !self.enabled().CMDQEN() {
            return;
        }
        let base = self.reg::<CMDQ_BASE>();
        let ring = Ring {
            base: base.ADDR(),
            log2: u32::from(base.LOG2SIZE()).min(self.arch.cfg.cmdq_log2.min(19)),
            entry_bytes: 16,
            protocol: Protocol::WrapBit,
        };
        queue::consume(&mut Cmdq(self), &ring);
    }

    /// Stops consumption: CMDQ_CONS.ERR = `code`, GERROR.CMDQ_ERR active.
    fn command_error(&mut self, code: CmdqError) {
        let cons = self.reg::<CMDQ_CONS>();
        self.set_reg(cons.with_ERR(code));
        self.arch.stats.command_errors += 1;
        self.raise_gerror(GERRORN::from_bits(0).with_CMDQ_ERR(true).bits());
    }

    /// The VMID a stage 1 invalidation matches (only when stage 2 is implemented).
    fn nh_vmid(&self, vmid: u16) -> Option<u16> {
        self.arch.cfg.s2p.then_some(if self.arch.cfg.vmid16 {
            vmid
        } else {
            vmid & 0xff
        })
    }

    /// The input-address range of an address-based invalidation: the address alone, or with
    /// range invalidation (IDR3.RIL) `(NUM + 1) * 2^SCALE` granules of TG.
    fn tlbi_range(&self, addr: u64, tg: u64, num: u8, scale: u8) -> (u64, u64) {
        let granule = match tg {
            1 => 0x1000u64,
            2 => 0x4000,
            3 => 0x1_0000,
            _ => 0,
        };
        if granule == 0 || !self.arch.cfg.ril {
            return (addr, addr.saturating_add(1));
        }
        let len = (u64::from(num) + 1)
            .saturating_mul(granule)
            .checked_shl(u32::from(scale))
            .unwrap_or(u64::MAX);
        (addr, addr.saturating_add(len))
    }

    fn invalidate(
        &mut self,
        regime: Regime,
        vmid: Option<u16>,
        stages: Stages,
        asid: AsidMatch,
        range: Option<(u64, u64)>,
        leaf_only: bool,
    ) {
        self.arch.tlb.invalidate(&Scope {
            regime,
            vmid,
            stages,
            asid,
            range,
            leaf_only,
        });
    }

    fn execute(&mut self, cmd: &CMDQ_Command) -> Result<(), CmdqError> {
        use CMDQ_Command as C;
        let ill = Err(CmdqError::CERROR_ILL);
        let split = self.reg::<STRTAB_BASE_CFG>().SPLIT_bits() as u32;
        match cmd {
            C::CMD_PREFETCH_CONFIG(c) if !c.SSec() => {
                self.prefetch_config(c.StreamID(), c.SSV().then(|| c.SubstreamID()))
            }
            C::CMD_PREFETCH_ADDR(c) if !c.SSec() => {}
            C::CMD_CFGI_STE(c) if !c.SSec() => {
                let sid = c.StreamID();
                self.arch.caches.invalidate_ste(
                    sid,
                    (!c.Leaf()).then(|| sid.checked_shr(split).unwrap_or(0)),
                );
            }
            C::CMD_CFGI_STE_RANGE(c) if !c.SSec() => {
                let n = u32::from(c.Range()) + 1;
                if n >= 32 {
                    self.arch.caches.invalidate_all();
                } else {
                    let low = (1u32 << n) - 1;
                    let first = c.StreamID() & !low;
                    self.arch.caches.invalidate_range(first, first | low, split);
                }
            }
            C::CMD_CFGI_CD(c) if !c.SSec() => {
                self.arch
                    .caches
                    .invalidate_cd(c.StreamID(), c.SubstreamID(), c.Leaf())
            }
            C::CMD_CFGI_CD_ALL(c) if !c.SSec() => self.arch.caches.invalidate_cd_all(c.StreamID()),
            C::CMD_CFGI_VMS_PIDM(c) if !c.SSec() => {}
            C::CMD_TLBI_NH_ALL(c) => self.invalidate(
                Regime::El1,
                self.nh_vmid(c.VMID()),
                Stages::S1,
                AsidMatch::Any,
                None,
                false,
            ),
            C::CMD_TLBI_NH_ASID(c) => {
                let asid = AsidMatch::NonGlobal(c.ASID());
                self.invalidate(
                    Regime::El1,
                    self.nh_vmid(c.VMID()),
                    Stages::S1,
                    asid,
                    None,
                    false,
                );
            }
            C::CMD_TLBI_NH_VA(c) => {
                let range = self.tlbi_range(c.Address(), c.TG_bits(), c.NUM(), c.SCALE());
                let asid = AsidMatch::OrGlobal(c.ASID());
                self.invalidate(
                    Regime::El1,
                    self.nh_vmid(c.VMID()),
                    Stages::S1,
                    asid,
                    Some(range),
                    c.Leaf(),
                );
            }
            C::CMD_TLBI_NH_VAA(c) => {
                let range = self.tlbi_range(c.Address(), c.TG_bits(), c.NUM(), c.SCALE());
                self.invalidate(
                    Regime::El1,
                    self.nh_vmid(c.VMID()),
                    Stages::S1,
                    AsidMatch::Any,
                    Some(range),
                    c.Leaf(),
                );
            }
            C::CMD_TLBI_EL2_ALL(_) if self.arch.cfg.hyp => {
                self.invalidate(Regime::El2, None, Stages::S1, AsidMatch::Any, None, false)
            }
            C::CMD_TLBI_EL2_ASID(c) if self.arch.cfg.hyp => {
                self.invalidate(
                    Regime::El2,
                    None,
                    Stages::S1,
                    AsidMatch::NonGlobal(c.ASID()),
                    None,
                    false,
                );
            }
            C::CMD_TLBI_EL2_VA(c) if self.arch.cfg.hyp => {
                let range = self.tlbi_range(c.Address(), c.TG_bits(), c.NUM(), c.SCALE());
                let asid = if self.reg::<CR2>().E2H() {
                    AsidMatch::OrGlobal(c.ASID())
                } else {
                    AsidMatch::Any
                };
                self.invalidate(Regime::El2, None, Stages::S1, asid, Some(range), c.Leaf());
            }
            C::CMD_TLBI_EL2_VAA(c) if self.arch.cfg.hyp => {
                let range = self.tlbi_range(c.Address(), c.TG_bits(), c.NUM(), c.SCALE());
                self.invalidate(
                    Regime::El2,
                    None,
                    Stages::S1,
                    AsidMatch::Any,
                    Some(range),
                    c.Leaf(),
                );
            }
            C::CMD_TLBI_S12_VMALL(c) if self.arch.cfg.s2p => {
                self.invalidate(
                    Regime::El1,
                    self.nh_vmid(c.VMID()),
                    Stages::All,
                    AsidMatch::Any,
                    None,
                    false,
                );
            }
            C::CMD_TLBI_S2_IPA(c) if self.arch.cfg.s2p => {
                let range = self.tlbi_range(c.Address(), c.TG_bits(), c.NUM(), c.SCALE());
                self.invalidate(
                    Regime::El1,
                    self.nh_vmid(c.VMID()),
                    Stages::S2,
                    AsidMatch::Any,
                    Some(range),
                    c.Leaf(),
                );
            }
            C::CMD_TLBI_NSNH_ALL(_) => {
                self.invalidate(Regime::El1, None, Stages::All, AsidMatch::Any, None, false)
            }
            C::CMD_RESUME(c) if !c.SSec() => {}
            C::CMD_STALL_TERM(c) if !c.SSec() => {}
            C::CMD_SYNC(c) => self.sync(c),
            // Secure-only commands, SSec = 1 on the Non-secure queue, and commands for
            // features this implementation lacks (ATS, PRI, DPT, EL2 without Hyp, stage 2
            // without S2P).
            _ => return ill,
        }
        Ok(())
    }

    fn sync(&mut self, c: &CMD_SYNC) {
        if c.CS() == Ok(ComplSignal::SIG_IRQ) {
            self.arch.irqs.cmd_sync += 1;
            self.msi(c.MSIAddress(), c.MSIData());
        }
        self.arch.stats.syncs += 1;
    }
}
