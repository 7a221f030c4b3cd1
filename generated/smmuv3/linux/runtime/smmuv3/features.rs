// SPDX-License-Identifier: MIT OR Apache-2.0

//! Probe: read the identification registers, decode what the SMMU implements into [`Features`],
//! and refuse configurations this driver cannot handle with a clear [`Error::Unsupported`].

#[cfg(not(iommugen_test))]
use super::super::error::{Error, Result};
#[cfg(not(iommugen_test))]
use super::super::hal::Hal;
#[cfg(not(iommugen_test))]
use super::super::mmio::read;
#[cfg(not(iommugen_test))]
use super::spec::enums::{OutputAddrSize, StLevel, StallModel, TtEndian, TtFormat};
#[cfg(not(iommugen_test))]
use super::spec::regs::{IDR0, IDR1, IDR3, IDR5};

#[cfg(not(iommugen_test))]
/// Smallest command queue the driver works with: room for a batch and its CMD_SYNC.
pub(crate) const MIN_CMDQ_LOG2: u32 = 2;
#[cfg(not(iommugen_test))]
/// Smallest event queue the driver works with.
pub(crate) const MIN_EVTQ_LOG2: u32 = 1;

#[cfg(not(iommugen_test))]
/// What the SMMU implements, decoded from IDR0, IDR1, IDR3 and IDR5.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Features {
    /// Stage 1 translation (IDR0.S1P).
    pub(crate) stage1: bool,
    /// Stage 2 translation (IDR0.S2P).
    pub(crate) stage2: bool,
    /// Two-level stream tables (IDR0.ST_LEVEL).
    pub(crate) two_level_strtab: bool,
    /// Two-level context descriptor tables (IDR0.CD2L).
    pub(crate) two_level_cd: bool,
    /// ASID bits: 16 or 8 (IDR0.ASID16).
    pub(crate) asid_bits: u32,
    /// VMID bits: 16 or 8 (IDR0.VMID16).
    pub(crate) vmid_bits: u32,
    /// Coherent table and queue accesses (IDR0.COHACC).
    pub(crate) coherent: bool,
    /// MSIs (IDR0.MSI).
    pub(crate) msi: bool,
    /// PCIe ATS (IDR0.ATS).
    pub(crate) ats: bool,
    /// PCIe PRI (IDR0.PRI).
    pub(crate) pri: bool,
    /// Stall model (IDR0.STALL_MODEL).
    pub(crate) stall: StallModel,
    /// StreamID bits (IDR1.SIDSIZE).
    pub(crate) sid_bits: u32,
    /// SubstreamID bits (IDR1.SSIDSIZE): 0 means no PASIDs.
    pub(crate) ssid_bits: u32,
    /// log2 of the largest command queue (IDR1.CMDQS).
    pub(crate) cmdq_log2: u32,
    /// log2 of the largest event queue (IDR1.EVENTQS).
    pub(crate) evtq_log2: u32,
    /// log2 of the largest PRI queue (IDR1.PRIQS).
    pub(crate) priq_log2: u32,
    /// Range invalidation (IDR3.RIL).
    pub(crate) range_inv: bool,
    /// Output address size in bits (IDR5.OAS).
    pub(crate) oas_bits: u32,
    /// 4 KiB translation granule (IDR5.GRAN4K).
    pub(crate) gran4k: bool,
    /// 16 KiB translation granule (IDR5.GRAN16K).
    pub(crate) gran16k: bool,
    /// 64 KiB translation granule (IDR5.GRAN64K).
    pub(crate) gran64k: bool,
    /// The raw IDR0, IDR1, IDR3 and IDR5 values.
    pub(crate) raw: [u32; 4],
}

#[cfg(not(iommugen_test))]
impl Features {
    /// Decodes identification register values; refuses what the driver cannot handle.
    pub(crate) fn decode(idr0: IDR0, idr1: IDR1, idr3: IDR3, idr5: IDR5) -> Result<Features> {
        if !idr0.S1P() && !idr0.S2P() {
            return Err(Error::Unsupported {
                what: "neither stage 1 nor stage 2 translation (IDR0.S1P = S2P = 0)",
            });
        }
        match idr0.TTF() {
            Ok(TtFormat::AArch64 | TtFormat::AArch32AndAArch64) => {}
            _ => {
                return Err(Error::Unsupported {
                    what: "no AArch64 translation table format (IDR0.TTF)",
                })
            }
        }
        match idr0.TTENDIAN() {
            Ok(TtEndian::Mixed | TtEndian::LittleEndian) => {}
            _ => {
                return Err(Error::Unsupported {
                    what: "tables must be big-endian (IDR0.TTENDIAN)",
                })
            }
        }
        let stall = idr0.STALL_MODEL().map_err(|_| Error::Unsupported {
            what: "reserved IDR0.STALL_MODEL",
        })?;
        let st_level = idr0.ST_LEVEL().map_err(|_| Error::Unsupported {
            what: "reserved IDR0.ST_LEVEL",
        })?;
        let oas_bits = match idr5.OAS() {
            Ok(OutputAddrSize::Bits32) => 32,
            Ok(OutputAddrSize::Bits36) => 36,
            Ok(OutputAddrSize::Bits40) => 40,
            Ok(OutputAddrSize::Bits42) => 42,
            Ok(OutputAddrSize::Bits44) => 44,
            Ok(OutputAddrSize::Bits48) => 48,
            Ok(OutputAddrSize::Bits52) => 52,
            Ok(OutputAddrSize::Bits56) => 56,
            Err(_) => {
                return Err(Error::Unsupported {
                    what: "reserved IDR5.OAS",
                })
            }
        };
        let f = Features {
            stage1: idr0.S1P(),
            stage2: idr0.S2P(),
            two_level_strtab: st_level == StLevel::TwoLevel,
            two_level_cd: idr0.CD2L(),
            asid_bits: if idr0.ASID16() { 16 } else { 8 },
            vmid_bits: if idr0.VMID16() { 16 } else { 8 },
            coherent: idr0.COHACC(),
            msi: idr0.MSI(),
            ats: idr0.ATS(),
            pri: idr0.PRI(),
            stall,
            sid_bits: u32::from(idr1.SIDSIZE()),
            ssid_bits: u32::from(idr1.SSIDSIZE()),
            cmdq_log2: u32::from(idr1.CMDQS()),
            evtq_log2: u32::from(idr1.EVENTQS()),
            priq_log2: u32::from(idr1.PRIQS()),
            range_inv: idr3.RIL(),
            oas_bits,
            gran4k: idr5.GRAN4K(),
            gran16k: idr5.GRAN16K(),
            gran64k: idr5.GRAN64K(),
            raw: [idr0.bits(), idr1.bits(), idr3.bits(), idr5.bits()],
        };
        if f.cmdq_log2 < MIN_CMDQ_LOG2 {
            return Err(Error::Unsupported {
                what: "command queue too small (IDR1.CMDQS < 2)",
            });
        }
        if f.evtq_log2 < MIN_EVTQ_LOG2 {
            return Err(Error::Unsupported {
                what: "event queue too small (IDR1.EVENTQS < 1)",
            });
        }
        if f.sid_bits > 32 || f.ssid_bits > 20 || f.cmdq_log2 > 19 || f.evtq_log2 > 19 {
            return Err(Error::Unsupported {
                what: "IDR1 reports sizes beyond the architecture's maximum",
            });
        }
        if f.stall == StallModel::StallForced {
            return Err(Error::Unsupported {
                what:
                    "stalls are forced (IDR0.STALL_MODEL = 2) and stall handling is not implemented",
            });
        }
        if !f.gran4k {
            return Err(Error::Unsupported {
                what: "no 4 KiB translation granule (IDR5.GRAN4K)",
            });
        }
        Ok(f)
    }

    /// Reads and decodes the identification registers.
    pub(crate) fn probe<H: Hal>(hal: &H) -> Result<Features> {
        Features::decode(read(hal), read(hal), read(hal), read(hal))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
}
