//! The Command queue, consumed synchronously when CMDQ_PROD is written (as QEMU does) while
//! CR0.CMDQEN is acknowledged, by the engine's consumer under the wrap-bit index protocol.
//! Each command is read at CMDQ_CONS and decoded with the
//! generated `CmdqCommand::decode`; CFGI_* commands drop configuration-cache entries, TLBI_*
//! drop IOTLB and walk-cache entries, CMD_SYNC completes (with its interrupt or MSI). A command
//! that cannot be decoded or is illegal here (a Secure-only command, SSec = 1, a feature the
//! implementation lacks) stops consumption with CMDQ_CONS.ERR = CERROR_ILL and GERROR.CMDQ_ERR;
//! once software acknowledges in GERRORN, the command at CMDQ_CONS is read again.

use iommugen_runtime::smmuv3::spec::cmdq::{CmdSync, CmdqCommand};
use iommugen_runtime::smmuv3::spec::enums::{CmdqError, ComplSignal};
use iommugen_runtime::smmuv3::spec::regs::{
    CmdqBase, CmdqCons, CmdqProd, Cr2, Gerror, Gerrorn, StrtabBaseCfg,
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
        let cmdq_err = u64::from(Gerrorn::from_bits(0).with_cmdq_err(true).bits());
        let gerror = m.regs.at(Gerror::OFFSET).unwrap_or(usize::MAX);
        m.regs.active(gerror) & cmdq_err != 0
    }

    fn indexes(&mut self) -> (u32, u32) {
        (self.0.reg::<CmdqProd>().wr(), self.0.reg::<CmdqCons>().rd())
    }

    fn fetch(&mut self, addr: u64, words: usize) -> Result<Vec<u64>, CmdqError> {
        let m = &mut *self.0;
        if m.arch.faults.abort_commands > 0 {
            m.arch.faults.abort_commands -= 1;
            return Err(CmdqError::CerrorAbt);
        }
        m.dev_read_words(addr, words, "command queue")
            .ok_or(CmdqError::CerrorAbt)
    }

    fn execute(&mut self, entry: &[u64]) -> Result<Step, CmdqError> {
        let m = &mut *self.0;
        if m.arch.faults.reject_commands > 0 {
            m.arch.faults.reject_commands -= 1;
            return Err(CmdqError::CerrorIll);
        }
        let &[w0, w1] = entry else {
            return Err(CmdqError::CerrorAbt);
        };
        let cmd = CmdqCommand::decode(&[w0, w1]).map_err(|_| CmdqError::CerrorIll)?;
        if matches!(cmd, CmdqCommand::Sync(_)) && m.arch.faults.hang_sync {
            m.arch.cmdq_waiting = true;
            return Ok(Step::Hold);
        }
        m.execute(&cmd)?;
        m.arch.stats.commands += 1;
        Ok(Step::Consumed)
    }

    fn advance(&mut self, cons: u32) {
        let r = self.0.reg::<CmdqCons>();
        self.0.set_reg(r.with_rd(cons).unwrap_or(r));
    }

    fn error(&mut self, code: CmdqError) {
        self.0.command_error(code);
    }
}

impl Model {
    /// Consumes commands until the queue is empty, an error stops it, or a CMD_SYNC hangs.
    pub(crate) fn process_cmdq(&mut self) {
        self.arch.cmdq_waiting = false;
        if !self.enabled().cmdqen() {
            return;
        }
        let base = self.reg::<CmdqBase>();
        let ring = Ring {
            base: base.addr(),
            log2: u32::from(base.log2size()).min(self.arch.cfg.cmdq_log2.min(19)),
            entry_bytes: 16,
            protocol: Protocol::WrapBit,
        };
        queue::consume(&mut Cmdq(self), &ring);
    }

    /// Stops consumption: CMDQ_CONS.ERR = `code`, GERROR.CMDQ_ERR active.
    fn command_error(&mut self, code: CmdqError) {
        let cons = self.reg::<CmdqCons>();
        self.set_reg(cons.with_err(code));
        self.arch.stats.command_errors += 1;
        self.raise_gerror(Gerrorn::from_bits(0).with_cmdq_err(true).bits());
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

    fn execute(&mut self, cmd: &CmdqCommand) -> Result<(), CmdqError> {
        use CmdqCommand as C;
        let ill = Err(CmdqError::CerrorIll);
        let split = self.reg::<StrtabBaseCfg>().split_bits() as u32;
        match cmd {
            C::PrefetchConfig(c) if !c.s_sec() => {
                self.prefetch_config(c.stream_id(), c.ssv().then(|| c.substream_id()))
            }
            C::PrefetchAddr(c) if !c.s_sec() => {}
            C::CfgiSte(c) if !c.s_sec() => {
                let sid = c.stream_id();
                self.arch.caches.invalidate_ste(
                    sid,
                    (!c.leaf()).then(|| sid.checked_shr(split).unwrap_or(0)),
                );
            }
            C::CfgiSteRange(c) if !c.s_sec() => {
                let n = u32::from(c.range()) + 1;
                if n >= 32 {
                    self.arch.caches.invalidate_all();
                } else {
                    let low = (1u32 << n) - 1;
                    let first = c.stream_id() & !low;
                    self.arch.caches.invalidate_range(first, first | low, split);
                }
            }
            C::CfgiCd(c) if !c.s_sec() => {
                self.arch
                    .caches
                    .invalidate_cd(c.stream_id(), c.substream_id(), c.leaf())
            }
            C::CfgiCdAll(c) if !c.s_sec() => self.arch.caches.invalidate_cd_all(c.stream_id()),
            C::CfgiVmsPidm(c) if !c.s_sec() => {}
            C::TlbiNhAll(c) => self.invalidate(
                Regime::El1,
                self.nh_vmid(c.vmid()),
                Stages::S1,
                AsidMatch::Any,
                None,
                false,
            ),
            C::TlbiNhAsid(c) => {
                let asid = AsidMatch::NonGlobal(c.asid());
                self.invalidate(
                    Regime::El1,
                    self.nh_vmid(c.vmid()),
                    Stages::S1,
                    asid,
                    None,
                    false,
                );
            }
            C::TlbiNhVa(c) => {
                let range = self.tlbi_range(c.address(), c.tg_bits(), c.num(), c.scale());
                let asid = AsidMatch::OrGlobal(c.asid());
                self.invalidate(
                    Regime::El1,
                    self.nh_vmid(c.vmid()),
                    Stages::S1,
                    asid,
                    Some(range),
                    c.leaf(),
                );
            }
            C::TlbiNhVaa(c) => {
                let range = self.tlbi_range(c.address(), c.tg_bits(), c.num(), c.scale());
                self.invalidate(
                    Regime::El1,
                    self.nh_vmid(c.vmid()),
                    Stages::S1,
                    AsidMatch::Any,
                    Some(range),
                    c.leaf(),
                );
            }
            C::TlbiEl2All(_) if self.arch.cfg.hyp => {
                self.invalidate(Regime::El2, None, Stages::S1, AsidMatch::Any, None, false)
            }
            C::TlbiEl2Asid(c) if self.arch.cfg.hyp => {
                self.invalidate(
                    Regime::El2,
                    None,
                    Stages::S1,
                    AsidMatch::NonGlobal(c.asid()),
                    None,
                    false,
                );
            }
            C::TlbiEl2Va(c) if self.arch.cfg.hyp => {
                let range = self.tlbi_range(c.address(), c.tg_bits(), c.num(), c.scale());
                let asid = if self.reg::<Cr2>().e2h() {
                    AsidMatch::OrGlobal(c.asid())
                } else {
                    AsidMatch::Any
                };
                self.invalidate(Regime::El2, None, Stages::S1, asid, Some(range), c.leaf());
            }
            C::TlbiEl2Vaa(c) if self.arch.cfg.hyp => {
                let range = self.tlbi_range(c.address(), c.tg_bits(), c.num(), c.scale());
                self.invalidate(
                    Regime::El2,
                    None,
                    Stages::S1,
                    AsidMatch::Any,
                    Some(range),
                    c.leaf(),
                );
            }
            C::TlbiS12Vmall(c) if self.arch.cfg.s2p => {
                self.invalidate(
                    Regime::El1,
                    self.nh_vmid(c.vmid()),
                    Stages::All,
                    AsidMatch::Any,
                    None,
                    false,
                );
            }
            C::TlbiS2Ipa(c) if self.arch.cfg.s2p => {
                let range = self.tlbi_range(c.address(), c.tg_bits(), c.num(), c.scale());
                self.invalidate(
                    Regime::El1,
                    self.nh_vmid(c.vmid()),
                    Stages::S2,
                    AsidMatch::Any,
                    Some(range),
                    c.leaf(),
                );
            }
            C::TlbiNsnhAll(_) => {
                self.invalidate(Regime::El1, None, Stages::All, AsidMatch::Any, None, false)
            }
            C::Resume(c) if !c.s_sec() => {}
            C::StallTerm(c) if !c.s_sec() => {}
            C::Sync(c) => self.sync(c),
            // Secure-only commands, SSec = 1 on the Non-secure queue, and commands for
            // features this implementation lacks (ATS, PRI, DPT, EL2 without Hyp, stage 2
            // without S2P).
            _ => return ill,
        }
        Ok(())
    }

    fn sync(&mut self, c: &CmdSync) {
        if c.cs() == Ok(ComplSignal::SigIrq) {
            self.arch.irqs.cmd_sync += 1;
            self.msi(c.msi_address(), c.msi_data());
        }
        self.arch.stats.syncs += 1;
    }
}
