//! The Command queue, consumed synchronously when CMDQ_PROD is written (as QEMU does) while
//! CR0.CMDQEN is acknowledged. Each command is read at CMDQ_CONS and decoded with the
//! generated `CmdqCommand::decode`; CFGI_* commands drop configuration-cache entries, TLBI_*
//! drop IOTLB and walk-cache entries, CMD_SYNC completes (with its interrupt or MSI). A command
//! that cannot be decoded or is illegal here (a Secure-only command, SSec = 1, a feature the
//! implementation lacks) stops consumption with CMDQ_CONS.ERR = CERROR_ILL and GERROR.CMDQ_ERR;
//! once software acknowledges in GERRORN, the command at CMDQ_CONS is read again.

use iommugen_runtime::spec::cmdq::{CmdSync, CmdqCommand};
use iommugen_runtime::spec::enums::{CmdqError, ComplSignal};
use iommugen_runtime::spec::regs::{
    CmdqBase, CmdqCons, CmdqProd, Cr2, Gerror, Gerrorn, StrtabBaseCfg,
};

use crate::model::Model;
use crate::tlb::{AsidMatch, Regime, Scope, Stages};

impl Model {
    /// Consumes commands until the queue is empty, an error stops it, or a CMD_SYNC hangs.
    pub(crate) fn process_cmdq(&mut self) {
        self.cmdq_waiting = false;
        if !self.enabled().cmdqen() {
            return;
        }
        let base = self.reg::<CmdqBase>();
        let log2 = u32::from(base.log2size()).min(self.cfg.cmdq_log2.min(19));
        let size = 1u32 << log2;
        let with_wrap = (size << 1) - 1;
        let cmdq_err = u64::from(Gerrorn::from_bits(0).with_cmdq_err(true).bits());
        let gerror = self.regs.at(Gerror::OFFSET).unwrap_or(usize::MAX);
        for _ in 0..=with_wrap {
            if self.regs.active(gerror) & cmdq_err != 0 {
                return;
            }
            let prod = self.reg::<CmdqProd>().wr() & with_wrap;
            let cons_reg = self.reg::<CmdqCons>();
            let cons = cons_reg.rd() & with_wrap;
            if prod == cons {
                return;
            }
            let addr = base.addr().wrapping_add(u64::from(cons & (size - 1)) * 16);
            let words = if self.faults.abort_commands > 0 {
                self.faults.abort_commands -= 1;
                None
            } else {
                self.dev_read_words(addr, 2, "command queue")
            };
            let Some(&[w0, w1]) = words.as_deref() else {
                self.command_error(CmdqError::CerrorAbt);
                return;
            };
            if self.faults.reject_commands > 0 {
                self.faults.reject_commands -= 1;
                self.command_error(CmdqError::CerrorIll);
                return;
            }
            let Ok(cmd) = CmdqCommand::decode(&[w0, w1]) else {
                self.command_error(CmdqError::CerrorIll);
                return;
            };
            if matches!(cmd, CmdqCommand::Sync(_)) && self.faults.hang_sync {
                self.cmdq_waiting = true;
                return;
            }
            if let Err(code) = self.execute(&cmd) {
                self.command_error(code);
                return;
            }
            self.stats.commands += 1;
            self.set_reg(cons_reg.with_rd((cons + 1) & with_wrap).unwrap_or(cons_reg));
        }
    }

    /// Stops consumption: CMDQ_CONS.ERR = `code`, GERROR.CMDQ_ERR active.
    fn command_error(&mut self, code: CmdqError) {
        let cons = self.reg::<CmdqCons>();
        self.set_reg(cons.with_err(code));
        self.stats.command_errors += 1;
        self.raise_gerror(Gerrorn::from_bits(0).with_cmdq_err(true).bits());
    }

    /// The VMID a stage 1 invalidation matches (only when stage 2 is implemented).
    fn nh_vmid(&self, vmid: u16) -> Option<u16> {
        self.cfg
            .s2p
            .then_some(if self.cfg.vmid16 { vmid } else { vmid & 0xff })
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
        if granule == 0 || !self.cfg.ril {
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
        self.tlb.invalidate(&Scope {
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
                self.caches.invalidate_ste(
                    sid,
                    (!c.leaf()).then(|| sid.checked_shr(split).unwrap_or(0)),
                );
            }
            C::CfgiSteRange(c) if !c.s_sec() => {
                let n = u32::from(c.range()) + 1;
                if n >= 32 {
                    self.caches.invalidate_all();
                } else {
                    let low = (1u32 << n) - 1;
                    let first = c.stream_id() & !low;
                    self.caches.invalidate_range(first, first | low, split);
                }
            }
            C::CfgiCd(c) if !c.s_sec() => {
                self.caches
                    .invalidate_cd(c.stream_id(), c.substream_id(), c.leaf())
            }
            C::CfgiCdAll(c) if !c.s_sec() => self.caches.invalidate_cd_all(c.stream_id()),
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
            C::TlbiEl2All(_) if self.cfg.hyp => {
                self.invalidate(Regime::El2, None, Stages::S1, AsidMatch::Any, None, false)
            }
            C::TlbiEl2Asid(c) if self.cfg.hyp => {
                self.invalidate(
                    Regime::El2,
                    None,
                    Stages::S1,
                    AsidMatch::NonGlobal(c.asid()),
                    None,
                    false,
                );
            }
            C::TlbiEl2Va(c) if self.cfg.hyp => {
                let range = self.tlbi_range(c.address(), c.tg_bits(), c.num(), c.scale());
                let asid = if self.reg::<Cr2>().e2h() {
                    AsidMatch::OrGlobal(c.asid())
                } else {
                    AsidMatch::Any
                };
                self.invalidate(Regime::El2, None, Stages::S1, asid, Some(range), c.leaf());
            }
            C::TlbiEl2Vaa(c) if self.cfg.hyp => {
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
            C::TlbiS12Vmall(c) if self.cfg.s2p => {
                self.invalidate(
                    Regime::El1,
                    self.nh_vmid(c.vmid()),
                    Stages::All,
                    AsidMatch::Any,
                    None,
                    false,
                );
            }
            C::TlbiS2Ipa(c) if self.cfg.s2p => {
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
            self.irqs.cmd_sync += 1;
            self.msi(c.msi_address(), c.msi_data());
        }
        self.stats.syncs += 1;
    }
}
