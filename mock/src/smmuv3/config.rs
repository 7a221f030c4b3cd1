//! What the modelled SMMU implements ([`MockConfig`]) and the ID registers it reports. The ID
//! register values are assembled through the generated field tables (`IDR0::FIELDS`, ...), so
//! the bit positions come from the spec, and tests read them back with the generated getters.

use iommugen_runtime::smmuv3::spec::regs::{AIDR, IDR0, IDR1, IDR3, IDR5, IIDR};
use iommugen_runtime::smmuv3::spec::support::FieldInfo;

/// The implementation choices of the modelled SMMU.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MockConfig {
    /// StreamID bits (IDR1.SIDSIZE).
    pub sid_bits: u32,
    /// SubstreamID (PASID) bits (IDR1.SSIDSIZE, at most 20; 0 = no substreams).
    pub ssid_bits: u32,
    /// Largest Command queue, log2 of entries (IDR1.CMDQS).
    pub cmdq_log2: u32,
    /// Largest Event queue, log2 of entries (IDR1.EVENTQS).
    pub evtq_log2: u32,
    /// Largest PRI queue, log2 of entries (IDR1.PRIQS).
    pub priq_log2: u32,
    /// Stage 1 translation (IDR0.S1P).
    pub s1p: bool,
    /// Stage 2 translation (IDR0.S2P).
    pub s2p: bool,
    /// Two-level Stream tables (IDR0.ST_LEVEL).
    pub two_level_strtab: bool,
    /// Two-level CD tables (IDR0.CD2L).
    pub cd2l: bool,
    /// 16-bit ASIDs (IDR0.ASID16).
    pub asid16: bool,
    /// 16-bit VMIDs (IDR0.VMID16).
    pub vmid16: bool,
    /// EL2 stage 1 contexts and the TLBI_EL2_* commands (IDR0.Hyp).
    pub hyp: bool,
    /// MSIs (IDR0.MSI): CMD_SYNC, event queue and GERROR interrupts become memory writes.
    pub msi: bool,
    /// Range invalidation in TLBI commands (IDR3.RIL).
    pub ril: bool,
    /// PCIe ATS (IDR0.ATS), with split-stage ATS (IDR0.NS1ATS = 0): STEs may set EATS, which
    /// is checked for legality; ATS traffic itself is not modelled.
    pub ats: bool,
    /// Terminated transactions always abort; CD.A = 0 is ILLEGAL (IDR0.TERM_MODEL, like QEMU).
    pub term_model: bool,
    /// Output address size in bits: 32, 36, 40, 42, 44, 48 or 52 (IDR5.OAS).
    pub oas_bits: u32,
    /// 4 KiB translation granule (IDR5.GRAN4K).
    pub gran4k: bool,
    /// 16 KiB translation granule (IDR5.GRAN16K).
    pub gran16k: bool,
    /// 64 KiB translation granule (IDR5.GRAN64K).
    pub gran64k: bool,
    /// GBPA.ABORT at reset: with SMMUEN = 0, traffic aborts until software changes GBPA.
    pub gbpa_abort_at_reset: bool,
    /// Physical address of the first byte of RAM.
    pub ram_base: u64,
    /// Bytes of RAM (sparse: only touched pages use host memory).
    pub ram_size: u64,
    /// Nanoseconds of virtual time each `Hal::relax()` takes.
    pub relax_step_ns: u64,
    /// IOTLB entries kept before the oldest is evicted.
    pub tlb_capacity: usize,
}

impl Default for MockConfig {
    /// An SMMUv3.2-like implementation close to QEMU 10's, plus substreams: stage 1 and 2,
    /// 16-bit StreamIDs, 8-bit SubstreamIDs, two-level tables, 44-bit OAS, all granules.
    fn default() -> Self {
        MockConfig {
            sid_bits: 16,
            ssid_bits: 8,
            cmdq_log2: 19,
            evtq_log2: 19,
            priq_log2: 19,
            s1p: true,
            s2p: true,
            two_level_strtab: true,
            cd2l: true,
            asid16: true,
            vmid16: true,
            hyp: false,
            msi: false,
            ril: true,
            ats: false,
            term_model: true,
            oas_bits: 44,
            gran4k: true,
            gran16k: true,
            gran64k: true,
            gbpa_abort_at_reset: false,
            ram_base: 0x4000_0000,
            ram_size: 0x1_0000_0000,
            relax_step_ns: 1_000,
            tlb_capacity: 4096,
        }
    }
}

/// Sets field `name` of a register value built from `fields` (no-op for an unknown name).
fn put(raw: u64, fields: &[FieldInfo], name: &str, value: u64) -> u64 {
    match fields.iter().find(|f| f.name == name) {
        Some(f) => (raw & !f.mask()) | ((value << (f.lsb % 64)) & f.mask()),
        None => raw,
    }
}

fn put_all(fields: &[FieldInfo], values: &[(&str, u64)]) -> u64 {
    values
        .iter()
        .fold(0, |raw, &(name, v)| put(raw, fields, name, v))
}

impl MockConfig {
    /// The output address size actually implemented (the largest encodable size not above
    /// `oas_bits`).
    pub fn oas(&self) -> u32 {
        [52, 48, 44, 42, 40, 36, 32]
            .into_iter()
            .find(|&b| b <= self.oas_bits)
            .unwrap_or(32)
    }

    /// IDR5.OAS / PhysAddrSize encoding of an address size in bits.
    pub fn encode_size(bits: u32) -> u64 {
        match bits {
            0..=32 => 0,
            33..=36 => 1,
            37..=40 => 2,
            41..=42 => 3,
            43..=44 => 4,
            45..=48 => 5,
            49..=52 => 6,
            _ => 7,
        }
    }

    /// Address size in bits of an IDR5.OAS / PhysAddrSize encoding.
    pub fn decode_size(code: u64) -> u32 {
        [32, 36, 40, 42, 44, 48, 52, 56]
            .get(code as usize)
            .copied()
            .unwrap_or(56)
    }

    /// The ID registers as (offset, value) pairs.
    pub fn id_registers(&self) -> Vec<(usize, u64)> {
        let b = u64::from;
        let idr0 = put_all(
            IDR0::FIELDS,
            &[
                ("S2P", b(self.s2p)),
                ("S1P", b(self.s1p)),
                ("TTF", 0b10),
                ("COHACC", 1),
                ("ATS", b(self.ats)),
                ("Hyp", b(self.hyp)),
                ("ASID16", b(self.asid16)),
                ("MSI", b(self.msi)),
                ("VMID16", b(self.vmid16)),
                ("CD2L", b(self.cd2l)),
                ("TTENDIAN", 0b10),
                ("STALL_MODEL", 0b01),
                ("TERM_MODEL", b(self.term_model)),
                ("ST_LEVEL", b(self.two_level_strtab)),
            ],
        );
        let idr1 = put_all(
            IDR1::FIELDS,
            &[
                ("SIDSIZE", u64::from(self.sid_bits.min(32))),
                ("SSIDSIZE", u64::from(self.ssid_bits.min(20))),
                ("PRIQS", u64::from(self.priq_log2.min(19))),
                ("EVENTQS", u64::from(self.evtq_log2.min(19))),
                ("CMDQS", u64::from(self.cmdq_log2.min(19))),
            ],
        );
        let idr3 = put_all(IDR3::FIELDS, &[("RIL", b(self.ril))]);
        let idr5 = put_all(
            IDR5::FIELDS,
            &[
                ("OAS", Self::encode_size(self.oas())),
                ("GRAN4K", b(self.gran4k)),
                ("GRAN16K", b(self.gran16k)),
                ("GRAN64K", b(self.gran64k)),
            ],
        );
        // Implementer 0x43B (Arm) is what QEMU reports too; a made-up product ID.
        let iidr = put_all(
            IIDR::FIELDS,
            &[("Implementer", 0x43b), ("ProductID", 0x4d4)],
        );
        let aidr = put_all(AIDR::FIELDS, &[("ArchMinorRev", 2)]);
        vec![
            (IDR0::OFFSET, idr0),
            (IDR1::OFFSET, idr1),
            (IDR3::OFFSET, idr3),
            (IDR5::OFFSET, idr5),
            (IIDR::OFFSET, iidr),
            (AIDR::OFFSET, aidr),
        ]
    }
}
