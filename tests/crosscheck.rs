//! Independent cross-check of the SMMUv3 spec (`specs/smmuv3.iommu`) against the bit layouts
//! two other implementations use:
//!
//! - Linux `drivers/iommu/arm/arm-smmu-v3/arm-smmu-v3.h` (`ARM_SMMU_*` offsets, `GENMASK`/`BIT`
//!   field defines; a define's name carries the 64-bit word index, so `STRTAB_STE_1_S1DSS` is
//!   qword 1 and its absolute bit is `64 * 1 + bit`),
//! - QEMU `hw/arm/smmuv3-internal.h` and `include/hw/arm/smmuv3-common.h` (`REG32`/`FIELD` for
//!   registers; `STE_*`/`CD_*`/`CMD_*`/`EVT_*` accessors that use 32-bit word indexes: absolute
//!   bit `32 * w + b`), plus the Secure-SMMU patch series for the Secure bank,
//! - Linux `drivers/iommu/io-pgtable-arm.c` (`ARM_LPAE_PTE_*`) for translation-table
//!   descriptors.
//!
//! Every position below is written as an absolute `(lsb, msb)` in the spec's convention, with
//! the source's own define next to it so it can be re-derived by hand. See
//! `docs/crosscheck.md` for the sources and the list of differences.

use std::collections::BTreeMap;
use std::path::Path;

use iommugen_dsl::ir::{Entry, Field, FieldType, Spec};
use iommugen_tests::report;

fn spec() -> Spec {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/smmuv3.iommu");
    match iommugen_dsl::load_file(&path) {
        Ok(spec) => spec,
        Err(diags) => panic!("specs/smmuv3.iommu does not check: {diags:?}"),
    }
}

/// Every field container of the spec by name: registers, entries (STE, CD, L1STD, L1CD), queue
/// records (commands, events, the PRI request) and page-table descriptors, the last named
/// `<page table>.<descriptor>` (e.g. `vmsav8_64_stage1.Page`).
fn containers(spec: &Spec) -> BTreeMap<String, Vec<Field>> {
    let mut all: Vec<(String, &Vec<Field>)> = Vec::new();
    all.extend(spec.registers.iter().map(|r| (r.name.clone(), &r.fields)));
    all.extend(
        spec.entries
            .iter()
            .map(|e: &Entry| (e.name.clone(), &e.fields)),
    );
    for pt in &spec.page_tables {
        all.extend(
            pt.descriptors
                .iter()
                .map(|d| (format!("{}.{}", pt.name, d.name), &d.layout.fields)),
        );
    }
    all.extend(
        spec.queues
            .iter()
            .flat_map(|q| &q.records)
            .map(|r| (r.name.clone(), &r.fields)),
    );
    let mut map = BTreeMap::new();
    for (name, fields) in all {
        let clash = map.insert(name.clone(), fields.clone());
        assert!(clash.is_none(), "two containers are named {name}");
    }
    map
}

fn field<'a>(
    map: &'a BTreeMap<String, Vec<Field>>,
    container: &str,
    name: &str,
) -> Result<&'a Field, String> {
    let fields = map
        .get(container)
        .ok_or_else(|| format!("{container}: no such register/record/entry"))?;
    fields
        .iter()
        .find(|f| f.name == name)
        .ok_or_else(|| format!("{container}.{name}: no such field"))
}

// ------------------------------------------------------------------------------------------
// How facts are written. Each constructor takes the position the way the source states it and
// turns it into the spec's absolute (lsb, msb), so every row can be re-derived from the source.
// ------------------------------------------------------------------------------------------

/// One field position: `container.field` must occupy exactly `[msb:lsb]`.
#[derive(Clone, Copy, Debug)]
struct Fact {
    container: &'static str,
    field: &'static str,
    lsb: u32,
    msb: u32,
    source: &'static str,
}

/// A register bit range as Linux/QEMU state it (`GENMASK(hi, lo)`, `BIT(n)` = `r(.., n, n, ..)`).
const fn r(
    container: &'static str,
    field: &'static str,
    hi: u32,
    lo: u32,
    source: &'static str,
) -> Fact {
    Fact {
        container,
        field,
        lsb: lo,
        msb: hi,
        source,
    }
}

/// A Linux in-memory define: `GENMASK_ULL(hi, lo)` in 64-bit word `q` (the `_<q>_` in its name).
const fn lx(
    container: &'static str,
    field: &'static str,
    q: u32,
    hi: u32,
    lo: u32,
    source: &'static str,
) -> Fact {
    Fact {
        container,
        field,
        lsb: 64 * q + lo,
        msb: 64 * q + hi,
        source,
    }
}

/// A QEMU accessor: `extract32(word[w], start, len)` or `FIELD(<NAME>_w, F, start, len)`.
const fn qm(
    container: &'static str,
    field: &'static str,
    w: u32,
    start: u32,
    len: u32,
    source: &'static str,
) -> Fact {
    Fact {
        container,
        field,
        lsb: 32 * w + start,
        msb: 32 * w + start + len - 1,
        source,
    }
}

/// A QEMU register field: `FIELD(REG, F, start, len)`.
const fn qr(
    container: &'static str,
    field: &'static str,
    start: u32,
    len: u32,
    source: &'static str,
) -> Fact {
    Fact {
        container,
        field,
        lsb: start,
        msb: start + len - 1,
        source,
    }
}

// Source file names, abbreviated in the tables.
// LX  = Linux drivers/iommu/arm/arm-smmu-v3/arm-smmu-v3.h (mainline / linux-next)
// QI  = QEMU hw/arm/smmuv3-internal.h
// QC  = QEMU include/hw/arm/smmuv3-common.h (the STE/CD/register part split out of QI in 2026)
// PGT = Linux drivers/iommu/io-pgtable-arm.c
// QS  = QEMU Secure SMMU series (Tao Tang, qemu-devel 2025): Secure-bank REG32/FIELDs and the
//       SMMU_*_RESERVED masks in hw/arm/smmuv3-internal.h

// ------------------------------------------------------------------------------------------
// Registers (absolute bit positions within the register).
// ------------------------------------------------------------------------------------------

#[rustfmt::skip]
const REGISTER_FIELDS: &[Fact] = &[
    // SMMU_IDR0
    r("IDR0", "ST_LEVEL", 28, 27, "LX IDR0_ST_LVL GENMASK(28, 27)"),
    r("IDR0", "STALL_MODEL", 25, 24, "LX IDR0_STALL_MODEL GENMASK(25, 24)"),
    r("IDR0", "TTENDIAN", 22, 21, "LX IDR0_TTENDIAN GENMASK(22, 21)"),
    r("IDR0", "CD2L", 19, 19, "LX IDR0_CD2L (1 << 19)"),
    r("IDR0", "VMID16", 18, 18, "LX IDR0_VMID16 (1 << 18)"),
    r("IDR0", "PRI", 16, 16, "LX IDR0_PRI (1 << 16)"),
    r("IDR0", "SEV", 14, 14, "LX IDR0_SEV (1 << 14)"),
    r("IDR0", "MSI", 13, 13, "LX IDR0_MSI (1 << 13)"),
    r("IDR0", "ASID16", 12, 12, "LX IDR0_ASID16 (1 << 12)"),
    r("IDR0", "ATS", 10, 10, "LX IDR0_ATS (1 << 10)"),
    r("IDR0", "Hyp", 9, 9, "LX IDR0_HYP (1 << 9)"),
    r("IDR0", "HTTU", 7, 6, "LX IDR0_HTTU GENMASK(7, 6)"),
    r("IDR0", "COHACC", 4, 4, "LX IDR0_COHACC (1 << 4)"),
    r("IDR0", "TTF", 3, 2, "LX IDR0_TTF GENMASK(3, 2)"),
    r("IDR0", "S1P", 1, 1, "LX IDR0_S1P (1 << 1)"),
    r("IDR0", "S2P", 0, 0, "LX IDR0_S2P (1 << 0)"),
    qr("IDR0", "S2P", 0, 1, "QC FIELD(IDR0, S2P, 0, 1)"),
    qr("IDR0", "S1P", 1, 1, "QC FIELD(IDR0, S1P, 1, 1)"),
    qr("IDR0", "TTF", 2, 2, "QC FIELD(IDR0, TTF, 2, 2)"),
    qr("IDR0", "COHACC", 4, 1, "QC FIELD(IDR0, COHACC, 4, 1)"),
    qr("IDR0", "BTM", 5, 1, "QC FIELD(IDR0, BTM, 5, 1)"),
    qr("IDR0", "HTTU", 6, 2, "QC FIELD(IDR0, HTTU, 6, 2)"),
    qr("IDR0", "DORMHINT", 8, 1, "QC FIELD(IDR0, DORMHINT, 8, 1)"),
    qr("IDR0", "Hyp", 9, 1, "QC FIELD(IDR0, HYP, 9, 1)"),
    qr("IDR0", "ATS", 10, 1, "QC FIELD(IDR0, ATS, 10, 1)"),
    qr("IDR0", "NS1ATS", 11, 1, "QC FIELD(IDR0, NS1ATS, 11, 1)"),
    qr("IDR0", "ASID16", 12, 1, "QC FIELD(IDR0, ASID16, 12, 1)"),
    qr("IDR0", "MSI", 13, 1, "QC FIELD(IDR0, MSI, 13, 1)"),
    qr("IDR0", "SEV", 14, 1, "QC FIELD(IDR0, SEV, 14, 1)"),
    qr("IDR0", "ATOS", 15, 1, "QC FIELD(IDR0, ATOS, 15, 1)"),
    qr("IDR0", "PRI", 16, 1, "QC FIELD(IDR0, PRI, 16, 1)"),
    qr("IDR0", "VMW", 17, 1, "QC FIELD(IDR0, VMW, 17, 1)"),
    qr("IDR0", "VMID16", 18, 1, "QC FIELD(IDR0, VMID16, 18, 1)"),
    qr("IDR0", "CD2L", 19, 1, "QC FIELD(IDR0, CD2L, 19, 1)"),
    qr("IDR0", "VATOS", 20, 1, "QC FIELD(IDR0, VATOS, 20, 1)"),
    qr("IDR0", "TTENDIAN", 21, 2, "QC FIELD(IDR0, TTENDIAN, 21, 2)"),
    qr("IDR0", "ATSRECERR", 23, 1, "QC FIELD(IDR0, ATSRECERR, 23, 1)"),
    qr("IDR0", "STALL_MODEL", 24, 2, "QC FIELD(IDR0, STALL_MODEL, 24, 2)"),
    qr("IDR0", "TERM_MODEL", 26, 1, "QC FIELD(IDR0, TERM_MODEL, 26, 1)"),
    qr("IDR0", "ST_LEVEL", 27, 2, "QC FIELD(IDR0, STLEVEL, 27, 2)"),
    qr("IDR0", "RME_IMPL", 30, 1, "QC FIELD(IDR0, RME_IMPL, 30, 1)"),
    // SMMU_IDR1
    r("IDR1", "TABLES_PRESET", 30, 30, "LX IDR1_TABLES_PRESET (1 << 30)"),
    r("IDR1", "QUEUES_PRESET", 29, 29, "LX IDR1_QUEUES_PRESET (1 << 29)"),
    r("IDR1", "REL", 28, 28, "LX IDR1_REL (1 << 28)"),
    r("IDR1", "ATTR_TYPES_OVR", 27, 27, "LX IDR1_ATTR_TYPES_OVR (1 << 27)"),
    r("IDR1", "CMDQS", 25, 21, "LX IDR1_CMDQS GENMASK(25, 21)"),
    r("IDR1", "EVENTQS", 20, 16, "LX IDR1_EVTQS GENMASK(20, 16)"),
    r("IDR1", "PRIQS", 15, 11, "LX IDR1_PRIQS GENMASK(15, 11)"),
    r("IDR1", "SSIDSIZE", 10, 6, "LX IDR1_SSIDSIZE GENMASK(10, 6)"),
    r("IDR1", "SIDSIZE", 5, 0, "LX IDR1_SIDSIZE GENMASK(5, 0)"),
    qr("IDR1", "SIDSIZE", 0, 6, "QC FIELD(IDR1, SIDSIZE, 0, 6)"),
    qr("IDR1", "SSIDSIZE", 6, 5, "QC FIELD(IDR1, SSIDSIZE, 6, 5)"),
    qr("IDR1", "PRIQS", 11, 5, "QC FIELD(IDR1, PRIQS, 11, 5)"),
    qr("IDR1", "EVENTQS", 16, 5, "QC FIELD(IDR1, EVENTQS, 16, 5)"),
    qr("IDR1", "CMDQS", 21, 5, "QC FIELD(IDR1, CMDQS, 21, 5)"),
    qr("IDR1", "ATTR_PERMS_OVR", 26, 1, "QC FIELD(IDR1, ATTR_PERMS_OVR, 26, 1)"),
    qr("IDR1", "ATTR_TYPES_OVR", 27, 1, "QC FIELD(IDR1, ATTR_TYPES_OVR, 27, 1)"),
    qr("IDR1", "REL", 28, 1, "QC FIELD(IDR1, REL, 28, 1)"),
    qr("IDR1", "QUEUES_PRESET", 29, 1, "QC FIELD(IDR1, QUEUES_PRESET, 29, 1)"),
    qr("IDR1", "TABLES_PRESET", 30, 1, "QC FIELD(IDR1, TABLES_PRESET, 30, 1)"),
    qr("IDR1", "ECMDQ", 31, 1, "QC FIELD(IDR1, ECMDQ, 31, 1)"),
    // SMMU_IDR2
    qr("IDR2", "BA_VATOS", 0, 10, "QC FIELD(IDR2, BA_VATOS, 0, 10)"),
    // SMMU_IDR3
    r("IDR3", "FWB", 8, 8, "LX IDR3_FWB (1 << 8)"),
    r("IDR3", "RIL", 10, 10, "LX IDR3_RIL (1 << 10)"),
    r("IDR3", "BBML", 12, 11, "LX IDR3_BBM GENMASK(12, 11)"),
    qr("IDR3", "HAD", 2, 1, "QC FIELD(IDR3, HAD, 2, 1)"),
    qr("IDR3", "PBHA", 3, 1, "QC FIELD(IDR3, PBHA, 3, 1)"),
    qr("IDR3", "XNX", 4, 1, "QC FIELD(IDR3, XNX, 4, 1)"),
    qr("IDR3", "PPS", 5, 1, "QC FIELD(IDR3, PPS, 5, 1)"),
    qr("IDR3", "MPAM", 7, 1, "QC FIELD(IDR3, MPAM, 7, 1)"),
    qr("IDR3", "FWB", 8, 1, "QC FIELD(IDR3, FWB, 8, 1)"),
    qr("IDR3", "STT", 9, 1, "QC FIELD(IDR3, STT, 9, 1)"),
    qr("IDR3", "RIL", 10, 1, "QC FIELD(IDR3, RIL, 10, 1)"),
    qr("IDR3", "BBML", 11, 2, "QC FIELD(IDR3, BBML, 11, 2)"),
    qr("IDR3", "E0PD", 13, 1, "QC FIELD(IDR3, E0PD, 13, 1)"),
    qr("IDR3", "PTWNNC", 14, 1, "QC FIELD(IDR3, PTWNNC, 14, 1)"),
    qr("IDR3", "DPT", 15, 1, "QC FIELD(IDR3, DPT, 15, 1)"),
    // SMMU_IDR5
    r("IDR5", "STALL_MAX", 31, 16, "LX IDR5_STALL_MAX GENMASK(31, 16)"),
    r("IDR5", "GRAN64K", 6, 6, "LX IDR5_GRAN64K (1 << 6)"),
    r("IDR5", "GRAN16K", 5, 5, "LX IDR5_GRAN16K (1 << 5)"),
    r("IDR5", "GRAN4K", 4, 4, "LX IDR5_GRAN4K (1 << 4)"),
    r("IDR5", "OAS", 2, 0, "LX IDR5_OAS GENMASK(2, 0)"),
    r("IDR5", "VAX", 11, 10, "LX IDR5_VAX GENMASK(11, 10)"),
    qr("IDR5", "OAS", 0, 3, "QC FIELD(IDR5, OAS, 0, 3)"),
    qr("IDR5", "GRAN4K", 4, 1, "QC FIELD(IDR5, GRAN4K, 4, 1)"),
    qr("IDR5", "GRAN16K", 5, 1, "QC FIELD(IDR5, GRAN16K, 5, 1)"),
    qr("IDR5", "GRAN64K", 6, 1, "QC FIELD(IDR5, GRAN64K, 6, 1)"),
    qr("IDR5", "VAX", 10, 2, "QC FIELD(IDR5, VAX, 10, 2)"),
    qr("IDR5", "STALL_MAX", 16, 16, "QC FIELD(IDR5, STALL_MAX, 16, 16)"),
    // SMMU_IIDR
    r("IIDR", "ProductID", 31, 20, "LX IIDR_PRODUCTID GENMASK(31, 20)"),
    r("IIDR", "Variant", 19, 16, "LX IIDR_VARIANT GENMASK(19, 16)"),
    r("IIDR", "Revision", 15, 12, "LX IIDR_REVISION GENMASK(15, 12)"),
    r("IIDR", "Implementer", 11, 0, "LX IIDR_IMPLEMENTER GENMASK(11, 0)"),
    // SMMU_CR0 and SMMU_CR0ACK (Linux writes CR0 and polls CR0ACK for the same bits)
    r("CR0", "ATSCHK", 4, 4, "LX CR0_ATSCHK (1 << 4)"),
    r("CR0", "CMDQEN", 3, 3, "LX CR0_CMDQEN (1 << 3)"),
    r("CR0", "EVENTQEN", 2, 2, "LX CR0_EVTQEN (1 << 2)"),
    r("CR0", "PRIQEN", 1, 1, "LX CR0_PRIQEN (1 << 1)"),
    r("CR0", "SMMUEN", 0, 0, "LX CR0_SMMUEN (1 << 0)"),
    r("CR0ACK", "ATSCHK", 4, 4, "LX CR0_ATSCHK, polled in CR0ACK"),
    r("CR0ACK", "CMDQEN", 3, 3, "LX CR0_CMDQEN, polled in CR0ACK"),
    r("CR0ACK", "EVENTQEN", 2, 2, "LX CR0_EVTQEN, polled in CR0ACK"),
    r("CR0ACK", "PRIQEN", 1, 1, "LX CR0_PRIQEN, polled in CR0ACK"),
    r("CR0ACK", "SMMUEN", 0, 0, "LX CR0_SMMUEN, polled in CR0ACK"),
    qr("CR0", "SMMUEN", 0, 1, "QC FIELD(CR0, SMMU_ENABLE, 0, 1)"),
    qr("CR0", "EVENTQEN", 2, 1, "QC FIELD(CR0, EVENTQEN, 2, 1)"),
    qr("CR0", "CMDQEN", 3, 1, "QC FIELD(CR0, CMDQEN, 3, 1)"),
    // SMMU_CR1
    r("CR1", "TABLE_SH", 11, 10, "LX CR1_TABLE_SH GENMASK(11, 10)"),
    r("CR1", "TABLE_OC", 9, 8, "LX CR1_TABLE_OC GENMASK(9, 8)"),
    r("CR1", "TABLE_IC", 7, 6, "LX CR1_TABLE_IC GENMASK(7, 6)"),
    r("CR1", "QUEUE_SH", 5, 4, "LX CR1_QUEUE_SH GENMASK(5, 4)"),
    r("CR1", "QUEUE_OC", 3, 2, "LX CR1_QUEUE_OC GENMASK(3, 2)"),
    r("CR1", "QUEUE_IC", 1, 0, "LX CR1_QUEUE_IC GENMASK(1, 0)"),
    // SMMU_CR2
    r("CR2", "PTM", 2, 2, "LX CR2_PTM (1 << 2)"),
    r("CR2", "RECINVSID", 1, 1, "LX CR2_RECINVSID (1 << 1)"),
    r("CR2", "E2H", 0, 0, "LX CR2_E2H (1 << 0)"),
    // SMMU_GBPA
    r("GBPA", "Update", 31, 31, "LX GBPA_UPDATE (1 << 31)"),
    r("GBPA", "ABORT", 20, 20, "LX GBPA_ABORT (1 << 20)"),
    qr("GBPA", "ABORT", 20, 1, "QC FIELD(GBPA, ABORT, 20, 1)"),
    qr("GBPA", "Update", 31, 1, "QC FIELD(GBPA, UPDATE, 31, 1)"),
    // SMMU_IRQ_CTRL and SMMU_IRQ_CTRLACK
    r("IRQ_CTRL", "EVENTQ_IRQEN", 2, 2, "LX IRQ_CTRL_EVTQ_IRQEN (1 << 2)"),
    r("IRQ_CTRL", "PRIQ_IRQEN", 1, 1, "LX IRQ_CTRL_PRIQ_IRQEN (1 << 1)"),
    r("IRQ_CTRL", "GERROR_IRQEN", 0, 0, "LX IRQ_CTRL_GERROR_IRQEN (1 << 0)"),
    r("IRQ_CTRLACK", "EVENTQ_IRQEN", 2, 2, "LX IRQ_CTRL_EVTQ_IRQEN, polled in IRQ_CTRLACK"),
    r("IRQ_CTRLACK", "PRIQ_IRQEN", 1, 1, "LX IRQ_CTRL_PRIQ_IRQEN, polled in IRQ_CTRLACK"),
    r("IRQ_CTRLACK", "GERROR_IRQEN", 0, 0, "LX IRQ_CTRL_GERROR_IRQEN, polled in IRQ_CTRLACK"),
    qr("IRQ_CTRL", "GERROR_IRQEN", 0, 1, "QC FIELD(IRQ_CTRL, GERROR_IRQEN, 0, 1)"),
    qr("IRQ_CTRL", "PRIQ_IRQEN", 1, 1, "QC FIELD(IRQ_CTRL, PRI_IRQEN, 1, 1)"),
    qr("IRQ_CTRL", "EVENTQ_IRQEN", 2, 1, "QC FIELD(IRQ_CTRL, EVENTQ_IRQEN, 2, 1)"),
    // SMMU_GERROR and SMMU_GERRORN (Linux acknowledges by writing the GERROR value to GERRORN)
    r("GERROR", "SFM_ERR", 8, 8, "LX GERROR_SFM_ERR (1 << 8)"),
    r("GERROR", "MSI_GERROR_ABT_ERR", 7, 7, "LX GERROR_MSI_GERROR_ABT_ERR (1 << 7)"),
    r("GERROR", "MSI_PRIQ_ABT_ERR", 6, 6, "LX GERROR_MSI_PRIQ_ABT_ERR (1 << 6)"),
    r("GERROR", "MSI_EVENTQ_ABT_ERR", 5, 5, "LX GERROR_MSI_EVTQ_ABT_ERR (1 << 5)"),
    r("GERROR", "MSI_CMDQ_ABT_ERR", 4, 4, "LX GERROR_MSI_CMDQ_ABT_ERR (1 << 4)"),
    r("GERROR", "PRIQ_ABT_ERR", 3, 3, "LX GERROR_PRIQ_ABT_ERR (1 << 3)"),
    r("GERROR", "EVENTQ_ABT_ERR", 2, 2, "LX GERROR_EVTQ_ABT_ERR (1 << 2)"),
    r("GERROR", "CMDQ_ERR", 0, 0, "LX GERROR_CMDQ_ERR (1 << 0)"),
    r("GERRORN", "SFM_ERR", 8, 8, "LX GERROR_SFM_ERR, toggled in GERRORN"),
    r("GERRORN", "MSI_GERROR_ABT_ERR", 7, 7, "LX GERROR_MSI_GERROR_ABT_ERR, toggled in GERRORN"),
    r("GERRORN", "MSI_PRIQ_ABT_ERR", 6, 6, "LX GERROR_MSI_PRIQ_ABT_ERR, toggled in GERRORN"),
    r("GERRORN", "MSI_EVENTQ_ABT_ERR", 5, 5, "LX GERROR_MSI_EVTQ_ABT_ERR, toggled in GERRORN"),
    r("GERRORN", "MSI_CMDQ_ABT_ERR", 4, 4, "LX GERROR_MSI_CMDQ_ABT_ERR, toggled in GERRORN"),
    r("GERRORN", "PRIQ_ABT_ERR", 3, 3, "LX GERROR_PRIQ_ABT_ERR, toggled in GERRORN"),
    r("GERRORN", "EVENTQ_ABT_ERR", 2, 2, "LX GERROR_EVTQ_ABT_ERR, toggled in GERRORN"),
    r("GERRORN", "CMDQ_ERR", 0, 0, "LX GERROR_CMDQ_ERR, toggled in GERRORN"),
    qr("GERROR", "CMDQ_ERR", 0, 1, "QC FIELD(GERROR, CMDQ_ERR, 0, 1)"),
    qr("GERROR", "EVENTQ_ABT_ERR", 2, 1, "QC FIELD(GERROR, EVENTQ_ABT_ERR, 2, 1)"),
    qr("GERROR", "PRIQ_ABT_ERR", 3, 1, "QC FIELD(GERROR, PRIQ_ABT_ERR, 3, 1)"),
    qr("GERROR", "MSI_CMDQ_ABT_ERR", 4, 1, "QC FIELD(GERROR, MSI_CMDQ_ABT_ERR, 4, 1)"),
    qr("GERROR", "MSI_EVENTQ_ABT_ERR", 5, 1, "QC FIELD(GERROR, MSI_EVENTQ_ABT_ERR, 5, 1)"),
    qr("GERROR", "MSI_PRIQ_ABT_ERR", 6, 1, "QC FIELD(GERROR, MSI_PRIQ_ABT_ERR, 6, 1)"),
    qr("GERROR", "MSI_GERROR_ABT_ERR", 7, 1, "QC FIELD(GERROR, MSI_GERROR_ABT_ERR, 7, 1)"),
    qr("GERROR", "SFM_ERR", 8, 1, "QC FIELD(GERROR, MSI_SFM_ERR, 8, 1)"),
    // SMMU_*_IRQ_CFG2 (MSI attributes)
    r("GERROR_IRQ_CFG2", "SH", 5, 4, "LX MSI_CFG2_SH GENMASK(5, 4)"),
    r("GERROR_IRQ_CFG2", "MemAttr", 3, 0, "LX MSI_CFG2_MEMATTR GENMASK(3, 0)"),
    r("EVTQ_IRQ_CFG2", "SH", 5, 4, "LX MSI_CFG2_SH GENMASK(5, 4)"),
    r("EVTQ_IRQ_CFG2", "MemAttr", 3, 0, "LX MSI_CFG2_MEMATTR GENMASK(3, 0)"),
    r("PRIQ_IRQ_CFG2", "SH", 5, 4, "LX MSI_CFG2_SH GENMASK(5, 4)"),
    r("PRIQ_IRQ_CFG2", "MemAttr", 3, 0, "LX MSI_CFG2_MEMATTR GENMASK(3, 0)"),
    // SMMU_STRTAB_BASE and SMMU_STRTAB_BASE_CFG
    r("STRTAB_BASE", "RA", 62, 62, "LX STRTAB_BASE_RA (1UL << 62)"),
    r("STRTAB_BASE_CFG", "FMT", 17, 16, "LX STRTAB_BASE_CFG_FMT GENMASK(17, 16)"),
    r("STRTAB_BASE_CFG", "SPLIT", 10, 6, "LX STRTAB_BASE_CFG_SPLIT GENMASK(10, 6)"),
    r("STRTAB_BASE_CFG", "LOG2SIZE", 5, 0, "LX STRTAB_BASE_CFG_LOG2SIZE GENMASK(5, 0)"),
    qr("STRTAB_BASE_CFG", "FMT", 16, 2, "QC FIELD(STRTAB_BASE_CFG, FMT, 16, 2)"),
    qr("STRTAB_BASE_CFG", "SPLIT", 6, 5, "QC FIELD(STRTAB_BASE_CFG, SPLIT, 6, 5)"),
    qr("STRTAB_BASE_CFG", "LOG2SIZE", 0, 6, "QC FIELD(STRTAB_BASE_CFG, LOG2SIZE, 0, 6)"),
    // Queue bases (Q_BASE_* is shared by the three queues; RWA is RA for the command queue,
    // WA for the two output queues)
    r("CMDQ_BASE", "RA", 62, 62, "LX Q_BASE_RWA (1UL << 62)"),
    r("CMDQ_BASE", "LOG2SIZE", 4, 0, "LX Q_BASE_LOG2SIZE GENMASK(4, 0)"),
    r("EVTQ_BASE", "WA", 62, 62, "LX Q_BASE_RWA (1UL << 62)"),
    r("EVTQ_BASE", "LOG2SIZE", 4, 0, "LX Q_BASE_LOG2SIZE GENMASK(4, 0)"),
    r("PRIQ_BASE", "WA", 62, 62, "LX Q_BASE_RWA (1UL << 62)"),
    r("PRIQ_BASE", "LOG2SIZE", 4, 0, "LX Q_BASE_LOG2SIZE GENMASK(4, 0)"),
    // Queue pointers
    r("CMDQ_CONS", "ERR", 30, 24, "LX CMDQ_CONS_ERR GENMASK(30, 24)"),
    qr("CMDQ_CONS", "ERR", 24, 7, "QC FIELD(CMDQ_CONS, ERR, 24, 7)"),
    r("EVTQ_PROD", "OVFLG", 31, 31, "LX Q_OVERFLOW_FLAG (1U << 31) on the page-1 producer"),
    r("EVTQ_CONS", "OVACKFLG", 31, 31, "LX Q_OVERFLOW_FLAG (1U << 31), copied to the consumer"),
    r("PRIQ_PROD", "OVFLG", 31, 31, "LX Q_OVERFLOW_FLAG (1U << 31) on the page-1 producer"),
    r("PRIQ_CONS", "OVACKFLG", 31, 31, "LX Q_OVERFLOW_FLAG (1U << 31), copied to the consumer"),
    r("EVTQ_PROD_P0", "OVFLG", 31, 31, "QI EVT_Q_OVERFLOW (1 << 31) in EVENTQ_PROD (0xa8)"),
    // Secure bank (QS)
    qr("S_CR0", "SMMUEN", 0, 1, "QS FIELD(S_CR0, SMMUEN, 0, 1)"),
    qr("S_CR0", "EVENTQEN", 2, 1, "QS FIELD(S_CR0, EVENTQEN, 2, 1)"),
    qr("S_CR0", "CMDQEN", 3, 1, "QS FIELD(S_CR0, CMDQEN, 3, 1)"),
    qr("S_INIT", "INV_ALL", 0, 1, "QS FIELD(S_INIT, INV_ALL, 0, 1)"),
    qr("S_GBPA", "ABORT", 20, 1, "QS FIELD(S_GBPA, ABORT, 20, 1)"),
    qr("S_GBPA", "Update", 31, 1, "QS FIELD(S_GBPA, UPDATE, 31, 1)"),
    qr("S_IRQ_CTRL", "GERROR_IRQEN", 0, 1, "QS FIELD(S_IRQ_CTRL, GERROR_IRQEN, 0, 1)"),
    qr("S_IRQ_CTRL", "EVENTQ_IRQEN", 2, 1, "QS FIELD(S_IRQ_CTRL, EVENTQ_IRQEN, 2, 1)"),
    qr("S_GERROR", "CMDQ_ERR", 0, 1, "QS FIELD(S_GERROR, CMDQ_ERR, 0, 1)"),
    qr("S_STRTAB_BASE_CFG", "LOG2SIZE", 0, 6, "QS FIELD(S_STRTAB_BASE_CFG, LOG2SIZE, 0, 6)"),
    qr("S_STRTAB_BASE_CFG", "SPLIT", 6, 5, "QS FIELD(S_STRTAB_BASE_CFG, SPLIT, 6, 5)"),
    qr("S_STRTAB_BASE_CFG", "FMT", 16, 2, "QS FIELD(S_STRTAB_BASE_CFG, FMT, 16, 2)"),
    qr("S_CMDQ_CONS", "ERR", 24, 7, "QS FIELD(S_CMDQ_CONS, ERR, 24, 7)"),
];

/// Register offsets. Linux reaches EVTQ_PROD/CONS and PRIQ_PROD/CONS through `smmu->page1`,
/// which arm-smmu-v3.c maps at `base + SZ_64K` (or aliases to page 0 with
/// ARM_SMMU_OPT_PAGE0_REGS_ONLY), so those are checked at 0x10000 + offset; QEMU's
/// EVENTQ_PROD/CONS REG32s are the page-0 copies, the spec's *_P0.
#[rustfmt::skip]
const REGISTER_OFFSETS: &[(&str, u64, &str)] = &[
    ("IDR0", 0x0, "LX ARM_SMMU_IDR0"),
    ("IDR1", 0x4, "LX ARM_SMMU_IDR1"),
    ("IDR2", 0x8, "QC REG32(IDR2, 0x8)"),
    ("IDR3", 0xc, "LX ARM_SMMU_IDR3"),
    ("IDR4", 0x10, "QC REG32(IDR4, 0x10)"),
    ("IDR5", 0x14, "LX ARM_SMMU_IDR5"),
    ("IIDR", 0x18, "LX ARM_SMMU_IIDR"),
    ("AIDR", 0x1c, "LX ARM_SMMU_AIDR (linux-next); QC REG32(AIDR, 0x1c)"),
    ("CR0", 0x20, "LX ARM_SMMU_CR0"),
    ("CR0ACK", 0x24, "LX ARM_SMMU_CR0ACK"),
    ("CR1", 0x28, "LX ARM_SMMU_CR1"),
    ("CR2", 0x2c, "LX ARM_SMMU_CR2"),
    ("STATUSR", 0x40, "QC REG32(STATUSR, 0x40)"),
    ("GBPA", 0x44, "LX ARM_SMMU_GBPA"),
    ("IRQ_CTRL", 0x50, "LX ARM_SMMU_IRQ_CTRL"),
    ("IRQ_CTRLACK", 0x54, "LX ARM_SMMU_IRQ_CTRLACK"),
    ("GERROR", 0x60, "LX ARM_SMMU_GERROR"),
    ("GERRORN", 0x64, "LX ARM_SMMU_GERRORN"),
    ("GERROR_IRQ_CFG0", 0x68, "LX ARM_SMMU_GERROR_IRQ_CFG0"),
    ("GERROR_IRQ_CFG1", 0x70, "LX ARM_SMMU_GERROR_IRQ_CFG1"),
    ("GERROR_IRQ_CFG2", 0x74, "LX ARM_SMMU_GERROR_IRQ_CFG2"),
    ("STRTAB_BASE", 0x80, "LX ARM_SMMU_STRTAB_BASE"),
    ("STRTAB_BASE_CFG", 0x88, "LX ARM_SMMU_STRTAB_BASE_CFG"),
    ("CMDQ_BASE", 0x90, "LX ARM_SMMU_CMDQ_BASE"),
    ("CMDQ_PROD", 0x98, "LX ARM_SMMU_CMDQ_PROD"),
    ("CMDQ_CONS", 0x9c, "LX ARM_SMMU_CMDQ_CONS"),
    ("EVTQ_BASE", 0xa0, "LX ARM_SMMU_EVTQ_BASE"),
    ("EVTQ_PROD", 0x10000 + 0xa8, "LX ARM_SMMU_EVTQ_PROD on page 1 (base + SZ_64K); LX 4.x ARM_SMMU_EVTQ_PROD 0x100a8"),
    ("EVTQ_CONS", 0x10000 + 0xac, "LX ARM_SMMU_EVTQ_CONS on page 1 (base + SZ_64K); LX 4.x 0x100ac"),
    ("EVTQ_PROD_P0", 0xa8, "QC REG32(EVENTQ_PROD, 0xa8)"),
    ("EVTQ_CONS_P0", 0xac, "QC REG32(EVENTQ_CONS, 0xac)"),
    ("EVTQ_IRQ_CFG0", 0xb0, "LX ARM_SMMU_EVTQ_IRQ_CFG0"),
    ("EVTQ_IRQ_CFG1", 0xb8, "LX ARM_SMMU_EVTQ_IRQ_CFG1"),
    ("EVTQ_IRQ_CFG2", 0xbc, "LX ARM_SMMU_EVTQ_IRQ_CFG2"),
    ("PRIQ_BASE", 0xc0, "LX ARM_SMMU_PRIQ_BASE"),
    ("PRIQ_PROD", 0x10000 + 0xc8, "LX ARM_SMMU_PRIQ_PROD on page 1 (base + SZ_64K); LX 4.x 0x100c8"),
    ("PRIQ_CONS", 0x10000 + 0xcc, "LX ARM_SMMU_PRIQ_CONS on page 1 (base + SZ_64K); LX 4.x 0x100cc"),
    ("PRIQ_PROD_P0", 0xc8, "LX ARM_SMMU_PRIQ_PROD with ARM_SMMU_OPT_PAGE0_REGS_ONLY"),
    ("PRIQ_CONS_P0", 0xcc, "LX ARM_SMMU_PRIQ_CONS with ARM_SMMU_OPT_PAGE0_REGS_ONLY"),
    ("PRIQ_IRQ_CFG0", 0xd0, "LX ARM_SMMU_PRIQ_IRQ_CFG0"),
    ("PRIQ_IRQ_CFG1", 0xd8, "LX ARM_SMMU_PRIQ_IRQ_CFG1"),
    ("S_IDR0", 0x8000, "QS REG32(S_IDR0, 0x8000)"),
    ("S_IDR1", 0x8004, "QS REG32(S_IDR1, 0x8004)"),
    ("S_IDR2", 0x8008, "QS REG32(S_IDR2, 0x8008)"),
    ("S_IDR3", 0x800c, "QS REG32(S_IDR3, 0x800c)"),
    ("S_IDR4", 0x8010, "QS REG32(S_IDR4, 0x8010)"),
    ("S_CR0", 0x8020, "QS REG32(S_CR0, 0x8020)"),
    ("S_CR0ACK", 0x8024, "QS REG32(S_CR0ACK, 0x8024)"),
    ("S_CR1", 0x8028, "QS REG32(S_CR1, 0x8028)"),
    ("S_CR2", 0x802c, "QS REG32(S_CR2, 0x802c)"),
    ("S_INIT", 0x803c, "QS REG32(S_INIT, 0x803c)"),
    ("S_GBPA", 0x8044, "QS REG32(S_GBPA, 0x8044)"),
    ("S_IRQ_CTRL", 0x8050, "QS REG32(S_IRQ_CTRL, 0x8050)"),
    ("S_IRQ_CTRLACK", 0x8054, "QS REG32(S_IRQ_CTRLACK, 0x8054)"),
    ("S_GERROR", 0x8060, "QS REG32(S_GERROR, 0x8060)"),
    ("S_GERRORN", 0x8064, "QS REG32(S_GERRORN, 0x8064)"),
    ("S_GERROR_IRQ_CFG0", 0x8068, "QS REG64(S_GERROR_IRQ_CFG0, 0x8068)"),
    ("S_GERROR_IRQ_CFG1", 0x8070, "QS REG32(S_GERROR_IRQ_CFG1, 0x8070)"),
    ("S_GERROR_IRQ_CFG2", 0x8074, "QS REG32(S_GERROR_IRQ_CFG2, 0x8074)"),
    ("S_STRTAB_BASE", 0x8080, "QS REG64(S_STRTAB_BASE, 0x8080)"),
    ("S_STRTAB_BASE_CFG", 0x8088, "QS REG32(S_STRTAB_BASE_CFG, 0x8088)"),
    ("S_CMDQ_BASE", 0x8090, "QS REG64(S_CMDQ_BASE, 0x8090)"),
    ("S_CMDQ_PROD", 0x8098, "QS REG32(S_CMDQ_PROD, 0x8098)"),
    ("S_CMDQ_CONS", 0x809c, "QS REG32(S_CMDQ_CONS, 0x809c)"),
    ("S_EVENTQ_BASE", 0x80a0, "QS REG64(S_EVENTQ_BASE, 0x80a0)"),
    ("S_EVENTQ_PROD", 0x80a8, "QS REG32(S_EVENTQ_PROD, 0x80a8)"),
    ("S_EVENTQ_CONS", 0x80ac, "QS REG32(S_EVENTQ_CONS, 0x80ac)"),
    ("S_EVENTQ_IRQ_CFG0", 0x80b0, "QS REG64(S_EVENTQ_IRQ_CFG0, 0x80b0)"),
    ("S_EVENTQ_IRQ_CFG1", 0x80b8, "QS REG32(S_EVENTQ_IRQ_CFG1, 0x80b8)"),
    ("S_EVENTQ_IRQ_CFG2", 0x80bc, "QS REG32(S_EVENTQ_IRQ_CFG2, 0x80bc)"),
];

/// QEMU's Secure series names the bits software may write in the 64-bit base/MSI registers
/// (`SMMU_*_RESERVED`, despite the name, is the mask of implemented bits). The spec's fields
/// of that register must cover exactly those bits: (register, mask, source).
#[rustfmt::skip]
const WRITABLE_MASKS: &[(&str, u64, &str)] = &[
    ("STRTAB_BASE", 0x40FF_FFFF_FFFF_FFC0, "QS SMMU_STRTAB_BASE_RESERVED"),
    ("S_STRTAB_BASE", 0x40FF_FFFF_FFFF_FFC0, "QS SMMU_STRTAB_BASE_RESERVED"),
    ("CMDQ_BASE", 0x40FF_FFFF_FFFF_FFFF, "QS SMMU_QUEUE_BASE_RESERVED"),
    ("EVTQ_BASE", 0x40FF_FFFF_FFFF_FFFF, "QS SMMU_QUEUE_BASE_RESERVED"),
    ("S_CMDQ_BASE", 0x40FF_FFFF_FFFF_FFFF, "QS SMMU_QUEUE_BASE_RESERVED"),
    ("S_EVENTQ_BASE", 0x40FF_FFFF_FFFF_FFFF, "QS SMMU_QUEUE_BASE_RESERVED"),
    ("GERROR_IRQ_CFG0", 0x00FF_FFFF_FFFF_FFFC, "QS SMMU_GERROR_IRQ_CFG0_RESERVED"),
    ("S_GERROR_IRQ_CFG0", 0x00FF_FFFF_FFFF_FFFC, "QS SMMU_GERROR_IRQ_CFG0_RESERVED"),
    ("EVTQ_IRQ_CFG0", 0x00FF_FFFF_FFFF_FFFC, "QS SMMU_EVENTQ_IRQ_CFG0_RESERVED"),
    ("S_EVENTQ_IRQ_CFG0", 0x00FF_FFFF_FFFF_FFFC, "QS SMMU_EVENTQ_IRQ_CFG0_RESERVED"),
    ("GERROR_IRQ_CFG2", 0x3F, "QS SMMU_GERROR_IRQ_CFG2_RESERVED"),
    ("S_GERROR_IRQ_CFG2", 0x3F, "QS SMMU_GERROR_IRQ_CFG2_RESERVED"),
];

// ------------------------------------------------------------------------------------------
// Stream table, context descriptors and their level-1 descriptors.
// ------------------------------------------------------------------------------------------

/// A Linux STE VTCR sub-field: `STRTAB_STE_2_VTCR_*` is relative to STRTAB_STE_2_VTCR, which
/// starts at bit 32 of STE qword 2.
const fn vtcr(field: &'static str, hi: u32, lo: u32, source: &'static str) -> Fact {
    lx("STE", field, 2, 32 + hi, 32 + lo, source)
}

#[rustfmt::skip]
const TABLE_FIELDS: &[Fact] = &[
    // STE, Linux
    lx("STE", "V", 0, 0, 0, "LX STRTAB_STE_0_V (1UL << 0)"),
    lx("STE", "Config", 0, 3, 1, "LX STRTAB_STE_0_CFG GENMASK_ULL(3, 1)"),
    lx("STE", "S1Fmt", 0, 5, 4, "LX STRTAB_STE_0_S1FMT GENMASK_ULL(5, 4)"),
    lx("STE", "S1CDMax", 0, 63, 59, "LX STRTAB_STE_0_S1CDMAX GENMASK_ULL(63, 59)"),
    lx("STE", "S1DSS", 1, 1, 0, "LX STRTAB_STE_1_S1DSS GENMASK_ULL(1, 0)"),
    lx("STE", "S1CIR", 1, 3, 2, "LX STRTAB_STE_1_S1CIR GENMASK_ULL(3, 2)"),
    lx("STE", "S1COR", 1, 5, 4, "LX STRTAB_STE_1_S1COR GENMASK_ULL(5, 4)"),
    lx("STE", "S1CSH", 1, 7, 6, "LX STRTAB_STE_1_S1CSH GENMASK_ULL(7, 6)"),
    lx("STE", "MEV", 1, 19, 19, "LX STRTAB_STE_1_MEV (1UL << 19)"),
    lx("STE", "S2FWB", 1, 25, 25, "LX STRTAB_STE_1_S2FWB (1UL << 25)"),
    lx("STE", "S1STALLD", 1, 27, 27, "LX STRTAB_STE_1_S1STALLD (1UL << 27)"),
    lx("STE", "EATS", 1, 29, 28, "LX STRTAB_STE_1_EATS GENMASK_ULL(29, 28)"),
    lx("STE", "STRW", 1, 31, 30, "LX STRTAB_STE_1_STRW GENMASK_ULL(31, 30)"),
    lx("STE", "SHCFG", 1, 45, 44, "LX STRTAB_STE_1_SHCFG GENMASK_ULL(45, 44)"),
    lx("STE", "S2VMID", 2, 15, 0, "LX STRTAB_STE_2_S2VMID GENMASK_ULL(15, 0)"),
    vtcr("S2T0SZ", 5, 0, "LX STRTAB_STE_2_VTCR_S2T0SZ GENMASK_ULL(5, 0) within STRTAB_STE_2_VTCR [50:32]"),
    vtcr("S2SL0", 7, 6, "LX STRTAB_STE_2_VTCR_S2SL0 GENMASK_ULL(7, 6) within STRTAB_STE_2_VTCR"),
    vtcr("S2IR0", 9, 8, "LX STRTAB_STE_2_VTCR_S2IR0 GENMASK_ULL(9, 8) within STRTAB_STE_2_VTCR"),
    vtcr("S2OR0", 11, 10, "LX STRTAB_STE_2_VTCR_S2OR0 GENMASK_ULL(11, 10) within STRTAB_STE_2_VTCR"),
    vtcr("S2SH0", 13, 12, "LX STRTAB_STE_2_VTCR_S2SH0 GENMASK_ULL(13, 12) within STRTAB_STE_2_VTCR"),
    vtcr("S2TG", 15, 14, "LX STRTAB_STE_2_VTCR_S2TG GENMASK_ULL(15, 14) within STRTAB_STE_2_VTCR"),
    vtcr("S2PS", 18, 16, "LX STRTAB_STE_2_VTCR_S2PS GENMASK_ULL(18, 16) within STRTAB_STE_2_VTCR"),
    lx("STE", "S2AA64", 2, 51, 51, "LX STRTAB_STE_2_S2AA64 (1UL << 51)"),
    lx("STE", "S2ENDI", 2, 52, 52, "LX STRTAB_STE_2_S2ENDI (1UL << 52)"),
    lx("STE", "S2PTW", 2, 54, 54, "LX STRTAB_STE_2_S2PTW (1UL << 54)"),
    lx("STE", "S2S", 2, 57, 57, "LX STRTAB_STE_2_S2S (1UL << 57)"),
    lx("STE", "S2R", 2, 58, 58, "LX STRTAB_STE_2_S2R (1UL << 58)"),
    // STE, QEMU (32-bit words)
    qm("STE", "V", 0, 0, 1, "QC FIELD(STE_0, VALID, 0, 1)"),
    qm("STE", "Config", 0, 1, 3, "QC FIELD(STE_0, CONFIG, 1, 3)"),
    qm("STE", "S1Fmt", 0, 4, 2, "QC FIELD(STE_0, S1FMT, 4, 2)"),
    qm("STE", "S1CDMax", 1, 27, 5, "QC FIELD(STE_1, S1CDMAX, 27, 5)"),
    qm("STE", "S1STALLD", 2, 27, 1, "QC FIELD(STE_2, S1STALLD, 27, 1)"),
    qm("STE", "EATS", 2, 28, 2, "QC FIELD(STE_2, EATS, 28, 2)"),
    qm("STE", "STRW", 2, 30, 2, "QC FIELD(STE_2, STRW, 30, 2)"),
    qm("STE", "S2VMID", 4, 0, 16, "QC FIELD(STE_4, S2VMID, 0, 16)"),
    qm("STE", "S2T0SZ", 5, 0, 6, "QC FIELD(STE_5, S2T0SZ, 0, 6)"),
    qm("STE", "S2SL0", 5, 6, 2, "QC FIELD(STE_5, S2SL0, 6, 2)"),
    qm("STE", "S2TG", 5, 14, 2, "QC FIELD(STE_5, S2TG, 14, 2)"),
    qm("STE", "S2PS", 5, 16, 3, "QC FIELD(STE_5, S2PS, 16, 3)"),
    qm("STE", "S2AA64", 5, 19, 1, "QC FIELD(STE_5, S2AA64, 19, 1)"),
    qm("STE", "S2ENDI", 5, 20, 1, "QC FIELD(STE_5, S2ENDI, 20, 1)"),
    qm("STE", "S2AFFD", 5, 21, 1, "QC FIELD(STE_5, S2AFFD, 21, 1)"),
    qm("STE", "S2HD", 5, 23, 1, "QC FIELD(STE_5, S2HD, 23, 1)"),
    qm("STE", "S2HA", 5, 24, 1, "QC FIELD(STE_5, S2HA, 24, 1)"),
    qm("STE", "S2S", 5, 25, 1, "QC FIELD(STE_5, S2S, 25, 1)"),
    qm("STE", "S2R", 5, 26, 1, "QC FIELD(STE_5, S2R, 26, 1)"),
    // The newest QC widened STE_1.CTXPTR_HI to 24 bits, so its pointer is [55:6] like ours.
    Fact { container: "STE", field: "S1ContextPtr", lsb: 6, msb: 32 + 23, source: "QC FIELD(STE_0, CTXPTR_LO, 6, 26) + FIELD(STE_1, CTXPTR_HI, 0, 24)" },
    // CD, Linux
    lx("CD", "T0SZ", 0, 5, 0, "LX CTXDESC_CD_0_TCR_T0SZ GENMASK_ULL(5, 0)"),
    lx("CD", "TG0", 0, 7, 6, "LX CTXDESC_CD_0_TCR_TG0 GENMASK_ULL(7, 6)"),
    lx("CD", "IR0", 0, 9, 8, "LX CTXDESC_CD_0_TCR_IRGN0 GENMASK_ULL(9, 8)"),
    lx("CD", "OR0", 0, 11, 10, "LX CTXDESC_CD_0_TCR_ORGN0 GENMASK_ULL(11, 10)"),
    lx("CD", "SH0", 0, 13, 12, "LX CTXDESC_CD_0_TCR_SH0 GENMASK_ULL(13, 12)"),
    lx("CD", "EPD0", 0, 14, 14, "LX CTXDESC_CD_0_TCR_EPD0 (1ULL << 14)"),
    lx("CD", "ENDI", 0, 15, 15, "LX CTXDESC_CD_0_ENDI (1UL << 15)"),
    lx("CD", "EPD1", 0, 30, 30, "LX CTXDESC_CD_0_TCR_EPD1 (1ULL << 30)"),
    lx("CD", "V", 0, 31, 31, "LX CTXDESC_CD_0_V (1UL << 31)"),
    lx("CD", "IPS", 0, 34, 32, "LX CTXDESC_CD_0_TCR_IPS GENMASK_ULL(34, 32)"),
    lx("CD", "TBI0", 0, 38, 38, "LX CTXDESC_CD_0_TCR_TBI0 (1ULL << 38)"),
    lx("CD", "AA64", 0, 41, 41, "LX CTXDESC_CD_0_AA64 (1UL << 41)"),
    lx("CD", "HD", 0, 42, 42, "LX CTXDESC_CD_0_TCR_HD (1UL << 42)"),
    lx("CD", "HA", 0, 43, 43, "LX CTXDESC_CD_0_TCR_HA (1UL << 43)"),
    lx("CD", "S", 0, 44, 44, "LX CTXDESC_CD_0_S (1UL << 44)"),
    lx("CD", "R", 0, 45, 45, "LX CTXDESC_CD_0_R (1UL << 45)"),
    lx("CD", "A", 0, 46, 46, "LX CTXDESC_CD_0_A (1UL << 46)"),
    lx("CD", "ASET", 0, 47, 47, "LX CTXDESC_CD_0_ASET (1UL << 47)"),
    lx("CD", "ASID", 0, 63, 48, "LX CTXDESC_CD_0_ASID GENMASK_ULL(63, 48)"),
    // CD, QEMU (32-bit words)
    qm("CD", "T0SZ", 0, 0, 6, "QC FIELD(CD_0, TSZ0, 0, 6)"),
    qm("CD", "TG0", 0, 6, 2, "QC FIELD(CD_0, TG0, 6, 2)"),
    qm("CD", "EPD0", 0, 14, 1, "QC FIELD(CD_0, EPD0, 14, 1)"),
    qm("CD", "ENDI", 0, 15, 1, "QC FIELD(CD_0, ENDI, 15, 1)"),
    qm("CD", "T1SZ", 0, 16, 6, "QC FIELD(CD_0, TSZ1, 16, 6)"),
    qm("CD", "TG1", 0, 22, 2, "QC FIELD(CD_0, TG1, 22, 2)"),
    qm("CD", "EPD1", 0, 30, 1, "QC FIELD(CD_0, EPD1, 30, 1)"),
    qm("CD", "V", 0, 31, 1, "QC FIELD(CD_0, VALID, 31, 1)"),
    qm("CD", "IPS", 1, 0, 3, "QC FIELD(CD_1, IPS, 0, 3)"),
    qm("CD", "AFFD", 1, 3, 1, "QC FIELD(CD_1, AFFD, 3, 1)"),
    qm("CD", "TBI0", 1, 6, 1, "QC FIELD(CD_1, TBI, 6, 2), bit for TTB0 (CD_TBI is indexed by TTB select)"),
    qm("CD", "TBI1", 1, 7, 1, "QC FIELD(CD_1, TBI, 6, 2), bit for TTB1"),
    qm("CD", "AA64", 1, 9, 1, "QC FIELD(CD_1, AARCH64, 9, 1)"),
    qm("CD", "HD", 1, 10, 1, "QC FIELD(CD_1, HD, 10, 1)"),
    qm("CD", "HA", 1, 11, 1, "QC FIELD(CD_1, HA, 11, 1)"),
    qm("CD", "S", 1, 12, 1, "QC FIELD(CD_1, S, 12, 1)"),
    qm("CD", "R", 1, 13, 1, "QC FIELD(CD_1, R, 13, 1)"),
    qm("CD", "A", 1, 14, 1, "QC FIELD(CD_1, A, 14, 1)"),
    qm("CD", "ASID", 1, 16, 16, "QC FIELD(CD_1, ASID, 16, 16)"),
    qm("CD", "HAD0", 2, 1, 1, "QC FIELD(CD_2, HAD0, 1, 1)"),
    qm("CD", "HAD1", 4, 1, 1, "QC FIELD(CD_4, HAD1, 1, 1)"),
    // Older/patch-series Linux defines (same header layout)
    lx("STE", "PPAR", 1, 18, 18, "LX IOPF/PRI series (J-P Brucker): STRTAB_STE_1_PPAR (1UL << 18)"),
    lx("CD", "T1SZ", 0, 21, 16, "LX TTB1 test patch (J-P Brucker, qemu-devel): CTXDESC_CD_0_TCR_T1SZ GENMASK_ULL(21, 16)"),
    lx("CD", "TG1", 0, 23, 22, "LX TTB1 test patch: CTXDESC_CD_0_TCR_TG1 GENMASK_ULL(23, 22)"),
    lx("CD", "IR1", 0, 25, 24, "LX TTB1 test patch: CTXDESC_CD_0_TCR_IRGN1 GENMASK_ULL(25, 24)"),
    lx("CD", "OR1", 0, 27, 26, "LX TTB1 test patch: CTXDESC_CD_0_TCR_ORGN1 GENMASK_ULL(27, 26)"),
    lx("CD", "SH1", 0, 29, 28, "LX TTB1 test patch: CTXDESC_CD_0_TCR_SH1 GENMASK_ULL(29, 28)"),
    lx("CD", "MAIR0", 3, 31, 0, "LX 4.x CTXDESC_CD_3_MAIR_SHIFT 0: MAIR_EL1 Attr0..3 in qword 3 [31:0]"),
    lx("CD", "MAIR1", 3, 63, 32, "LX 4.x CTXDESC_CD_3_MAIR_SHIFT 0: MAIR_EL1 Attr4..7 in qword 3 [63:32]"),
    // Level-1 descriptors
    lx("L1STD", "Span", 0, 4, 0, "LX STRTAB_L1_DESC_SPAN GENMASK_ULL(4, 0)"),
    qm("L1STD", "Span", 0, 0, 5, "QI L1STD_SPAN extract32(word[0], 0, 5)"),
    lx("L1CD", "V", 0, 0, 0, "LX CTXDESC_L1_DESC_V (1UL << 0)"),
];

// ------------------------------------------------------------------------------------------
// Queue records: commands, events, PRI requests.
// ------------------------------------------------------------------------------------------

#[rustfmt::skip]
const RECORD_FIELDS: &[Fact] = &[
    // CMD_PREFETCH_CONFIG / CMD_PREFETCH_ADDR
    lx("CMD_PREFETCH_CONFIG", "StreamID", 0, 63, 32, "LX CMDQ_PREFETCH_0_SID GENMASK_ULL(63, 32)"),
    lx("CMD_PREFETCH_ADDR", "StreamID", 0, 63, 32, "LX CMDQ_PREFETCH_0_SID GENMASK_ULL(63, 32)"),
    lx("CMD_PREFETCH_ADDR", "Size", 1, 4, 0, "LX CMDQ_PREFETCH_1_SIZE GENMASK_ULL(4, 0)"),
    lx("CMD_PREFETCH_ADDR", "Address", 1, 63, 12, "LX CMDQ_PREFETCH_1_ADDR_MASK GENMASK_ULL(63, 12)"),
    qm("CMD_PREFETCH_CONFIG", "SSec", 0, 10, 1, "QI CMD_SSEC extract32(word[0], 10, 1)"),
    qm("CMD_PREFETCH_CONFIG", "SSV", 0, 11, 1, "QI CMD_SSV extract32(word[0], 11, 1)"),
    qm("CMD_PREFETCH_CONFIG", "SubstreamID", 0, 12, 20, "QI CMD_SSID extract32(word[0], 12, 20)"),
    qm("CMD_PREFETCH_CONFIG", "StreamID", 1, 0, 32, "QI CMD_SID word[1]"),
    qm("CMD_PREFETCH_ADDR", "SSec", 0, 10, 1, "QI CMD_SSEC extract32(word[0], 10, 1)"),
    qm("CMD_PREFETCH_ADDR", "SSV", 0, 11, 1, "QI CMD_SSV extract32(word[0], 11, 1)"),
    qm("CMD_PREFETCH_ADDR", "SubstreamID", 0, 12, 20, "QI CMD_SSID extract32(word[0], 12, 20)"),
    // CMD_CFGI_*
    lx("CMD_CFGI_STE", "StreamID", 0, 63, 32, "LX CMDQ_CFGI_0_SID GENMASK_ULL(63, 32)"),
    lx("CMD_CFGI_STE", "Leaf", 1, 0, 0, "LX CMDQ_CFGI_1_LEAF (1UL << 0)"),
    lx("CMD_CFGI_STE_RANGE", "StreamID", 0, 63, 32, "LX CMDQ_CFGI_0_SID GENMASK_ULL(63, 32)"),
    lx("CMD_CFGI_STE_RANGE", "Range", 1, 4, 0, "LX CMDQ_CFGI_1_RANGE GENMASK_ULL(4, 0)"),
    lx("CMD_CFGI_CD", "SubstreamID", 0, 31, 12, "LX CMDQ_CFGI_0_SSID GENMASK_ULL(31, 12)"),
    lx("CMD_CFGI_CD", "StreamID", 0, 63, 32, "LX CMDQ_CFGI_0_SID GENMASK_ULL(63, 32)"),
    lx("CMD_CFGI_CD", "Leaf", 1, 0, 0, "LX CMDQ_CFGI_1_LEAF (1UL << 0)"),
    lx("CMD_CFGI_CD_ALL", "StreamID", 0, 63, 32, "LX CMDQ_CFGI_0_SID GENMASK_ULL(63, 32)"),
    qm("CMD_CFGI_STE", "SSec", 0, 10, 1, "QI CMD_SSEC extract32(word[0], 10, 1)"),
    qm("CMD_CFGI_STE", "StreamID", 1, 0, 32, "QI CMD_SID word[1]"),
    qm("CMD_CFGI_STE", "Leaf", 2, 0, 1, "QI CMD_LEAF extract32(word[2], 0, 1)"),
    qm("CMD_CFGI_STE_RANGE", "Range", 2, 0, 5, "QI CMD_STE_RANGE extract32(word[2], 0, 5)"),
    qm("CMD_CFGI_CD", "SubstreamID", 0, 12, 20, "QI CMD_SSID extract32(word[0], 12, 20)"),
    qm("CMD_CFGI_CD", "Leaf", 2, 0, 1, "QI CMD_LEAF extract32(word[2], 0, 1)"),
    // CMD_TLBI_* (Linux builds all of them from the CMDQ_TLBI_* defines)
    lx("CMD_TLBI_NH_ALL", "VMID", 0, 47, 32, "LX CMDQ_TLBI_0_VMID GENMASK_ULL(47, 32)"),
    lx("CMD_TLBI_NH_ASID", "VMID", 0, 47, 32, "LX CMDQ_TLBI_0_VMID GENMASK_ULL(47, 32)"),
    lx("CMD_TLBI_NH_ASID", "ASID", 0, 63, 48, "LX CMDQ_TLBI_0_ASID GENMASK_ULL(63, 48)"),
    lx("CMD_TLBI_NH_VA", "NUM", 0, 16, 12, "LX CMDQ_TLBI_0_NUM GENMASK_ULL(16, 12)"),
    lx("CMD_TLBI_NH_VA", "VMID", 0, 47, 32, "LX CMDQ_TLBI_0_VMID GENMASK_ULL(47, 32)"),
    lx("CMD_TLBI_NH_VA", "ASID", 0, 63, 48, "LX CMDQ_TLBI_0_ASID GENMASK_ULL(63, 48)"),
    lx("CMD_TLBI_NH_VA", "Leaf", 1, 0, 0, "LX CMDQ_TLBI_1_LEAF (1UL << 0)"),
    lx("CMD_TLBI_NH_VA", "TTL", 1, 9, 8, "LX CMDQ_TLBI_1_TTL GENMASK_ULL(9, 8)"),
    lx("CMD_TLBI_NH_VA", "TG", 1, 11, 10, "LX CMDQ_TLBI_1_TG GENMASK_ULL(11, 10)"),
    lx("CMD_TLBI_NH_VA", "Address", 1, 63, 12, "LX CMDQ_TLBI_1_VA_MASK GENMASK_ULL(63, 12)"),
    lx("CMD_TLBI_NH_VAA", "NUM", 0, 16, 12, "LX CMDQ_TLBI_0_NUM GENMASK_ULL(16, 12)"),
    lx("CMD_TLBI_NH_VAA", "VMID", 0, 47, 32, "LX CMDQ_TLBI_0_VMID GENMASK_ULL(47, 32)"),
    lx("CMD_TLBI_NH_VAA", "Leaf", 1, 0, 0, "LX CMDQ_TLBI_1_LEAF (1UL << 0)"),
    lx("CMD_TLBI_NH_VAA", "TTL", 1, 9, 8, "LX CMDQ_TLBI_1_TTL GENMASK_ULL(9, 8)"),
    lx("CMD_TLBI_NH_VAA", "TG", 1, 11, 10, "LX CMDQ_TLBI_1_TG GENMASK_ULL(11, 10)"),
    lx("CMD_TLBI_NH_VAA", "Address", 1, 63, 12, "LX CMDQ_TLBI_1_VA_MASK GENMASK_ULL(63, 12)"),
    lx("CMD_TLBI_EL2_ASID", "ASID", 0, 63, 48, "LX CMDQ_TLBI_0_ASID GENMASK_ULL(63, 48)"),
    lx("CMD_TLBI_EL2_VA", "NUM", 0, 16, 12, "LX CMDQ_TLBI_0_NUM GENMASK_ULL(16, 12)"),
    lx("CMD_TLBI_EL2_VA", "ASID", 0, 63, 48, "LX CMDQ_TLBI_0_ASID GENMASK_ULL(63, 48)"),
    lx("CMD_TLBI_EL2_VA", "Leaf", 1, 0, 0, "LX CMDQ_TLBI_1_LEAF (1UL << 0)"),
    lx("CMD_TLBI_EL2_VA", "TTL", 1, 9, 8, "LX CMDQ_TLBI_1_TTL GENMASK_ULL(9, 8)"),
    lx("CMD_TLBI_EL2_VA", "TG", 1, 11, 10, "LX CMDQ_TLBI_1_TG GENMASK_ULL(11, 10)"),
    lx("CMD_TLBI_EL2_VA", "Address", 1, 63, 12, "LX CMDQ_TLBI_1_VA_MASK GENMASK_ULL(63, 12)"),
    lx("CMD_TLBI_S12_VMALL", "VMID", 0, 47, 32, "LX CMDQ_TLBI_0_VMID GENMASK_ULL(47, 32)"),
    lx("CMD_TLBI_S2_IPA", "NUM", 0, 16, 12, "LX CMDQ_TLBI_0_NUM GENMASK_ULL(16, 12)"),
    lx("CMD_TLBI_S2_IPA", "VMID", 0, 47, 32, "LX CMDQ_TLBI_0_VMID GENMASK_ULL(47, 32)"),
    lx("CMD_TLBI_S2_IPA", "Leaf", 1, 0, 0, "LX CMDQ_TLBI_1_LEAF (1UL << 0)"),
    lx("CMD_TLBI_S2_IPA", "TTL", 1, 9, 8, "LX CMDQ_TLBI_1_TTL GENMASK_ULL(9, 8)"),
    lx("CMD_TLBI_S2_IPA", "TG", 1, 11, 10, "LX CMDQ_TLBI_1_TG GENMASK_ULL(11, 10)"),
    qm("CMD_TLBI_NH_VA", "NUM", 0, 12, 5, "QI CMD_NUM extract32(word[0], 12, 5)"),
    qm("CMD_TLBI_NH_VA", "VMID", 1, 0, 16, "QI CMD_VMID extract32(word[1], 0, 16)"),
    qm("CMD_TLBI_NH_VA", "ASID", 1, 16, 16, "QI CMD_ASID extract32(word[1], 16, 16)"),
    qm("CMD_TLBI_NH_VA", "Leaf", 2, 0, 1, "QI CMD_LEAF extract32(word[2], 0, 1)"),
    qm("CMD_TLBI_NH_VA", "TTL", 2, 8, 2, "QI CMD_TTL extract32(word[2], 8, 2)"),
    qm("CMD_TLBI_NH_VA", "TG", 2, 10, 2, "QI CMD_TG extract32(word[2], 10, 2)"),
    // QI CMD_ADDR: extract32(word[2], 12, 20) << 12 | word[3] << 32, i.e. bits [127:76].
    Fact { container: "CMD_TLBI_NH_VA", field: "Address", lsb: 64 + 12, msb: 127, source: "QI CMD_ADDR word[2][31:12] and word[3]" },
    Fact { container: "CMD_TLBI_EL2_VA", field: "Address", lsb: 64 + 12, msb: 127, source: "QI CMD_ADDR word[2][31:12] and word[3]" },
    Fact { container: "CMD_TLBI_NH_VAA", field: "Address", lsb: 64 + 12, msb: 127, source: "QI CMD_ADDR word[2][31:12] and word[3]" },
    qm("CMD_TLBI_S12_VMALL", "VMID", 1, 0, 16, "QI CMD_VMID extract32(word[1], 0, 16)"),
    qm("CMD_TLBI_EL2_ASID", "ASID", 1, 16, 16, "QI CMD_ASID extract32(word[1], 16, 16)"),
    // CMD_ATC_INV
    lx("CMD_ATC_INV", "SSV", 0, 11, 11, "LX CMDQ_0_SSV (1UL << 11)"),
    lx("CMD_ATC_INV", "Global", 0, 9, 9, "LX CMDQ_ATC_0_GLOBAL (1UL << 9)"),
    lx("CMD_ATC_INV", "SubstreamID", 0, 31, 12, "LX CMDQ_ATC_0_SSID GENMASK_ULL(31, 12)"),
    lx("CMD_ATC_INV", "StreamID", 0, 63, 32, "LX CMDQ_ATC_0_SID GENMASK_ULL(63, 32)"),
    lx("CMD_ATC_INV", "Size", 1, 5, 0, "LX CMDQ_ATC_1_SIZE GENMASK_ULL(5, 0)"),
    lx("CMD_ATC_INV", "Address", 1, 63, 12, "LX CMDQ_ATC_1_ADDR_MASK GENMASK_ULL(63, 12)"),
    // CMD_PRI_RESP
    lx("CMD_PRI_RESP", "SSV", 0, 11, 11, "LX CMDQ_0_SSV (1UL << 11)"),
    lx("CMD_PRI_RESP", "SubstreamID", 0, 31, 12, "LX CMDQ_PRI_0_SSID GENMASK_ULL(31, 12)"),
    lx("CMD_PRI_RESP", "StreamID", 0, 63, 32, "LX CMDQ_PRI_0_SID GENMASK_ULL(63, 32)"),
    lx("CMD_PRI_RESP", "PRGIndex", 1, 8, 0, "LX CMDQ_PRI_1_GRPID GENMASK_ULL(8, 0)"),
    lx("CMD_PRI_RESP", "Resp", 1, 13, 12, "LX CMDQ_PRI_1_RESP GENMASK_ULL(13, 12)"),
    // CMD_RESUME / CMD_STALL_TERM
    lx("CMD_RESUME", "StreamID", 0, 63, 32, "LX CMDQ_RESUME_0_SID GENMASK_ULL(63, 32)"),
    lx("CMD_RESUME", "STAG", 1, 15, 0, "LX CMDQ_RESUME_1_STAG GENMASK_ULL(15, 0)"),
    lx("CMD_RESUME", "Ac", 0, 12, 12, "LX stall series (J-P Brucker): CMDQ_RESUME_0_ACTION_RETRY (1UL << 12)"),
    lx("CMD_RESUME", "Ab", 0, 13, 13, "LX stall series (J-P Brucker): CMDQ_RESUME_0_ACTION_ABORT (1UL << 13)"),
    qm("CMD_RESUME", "SSec", 0, 10, 1, "QI CMD_SSEC extract32(word[0], 10, 1)"),
    qm("CMD_RESUME", "Ac", 0, 12, 1, "QI CMD_RESUME_AC extract32(word[0], 12, 1)"),
    qm("CMD_RESUME", "Ab", 0, 13, 1, "QI CMD_RESUME_AB extract32(word[0], 13, 1)"),
    qm("CMD_RESUME", "StreamID", 1, 0, 32, "QI CMD_SID word[1]"),
    qm("CMD_RESUME", "STAG", 2, 0, 16, "QI CMD_RESUME_STAG extract32(word[2], 0, 16)"),
    qm("CMD_STALL_TERM", "SSec", 0, 10, 1, "QI CMD_SSEC extract32(word[0], 10, 1)"),
    qm("CMD_STALL_TERM", "StreamID", 1, 0, 32, "QI CMD_SID word[1]"),
    // CMD_SYNC
    lx("CMD_SYNC", "CS", 0, 13, 12, "LX CMDQ_SYNC_0_CS GENMASK_ULL(13, 12)"),
    lx("CMD_SYNC", "MSH", 0, 23, 22, "LX CMDQ_SYNC_0_MSH GENMASK_ULL(23, 22)"),
    lx("CMD_SYNC", "MSIAttr", 0, 27, 24, "LX CMDQ_SYNC_0_MSIATTR GENMASK_ULL(27, 24)"),
    lx("CMD_SYNC", "MSIData", 0, 63, 32, "LX CMDQ_SYNC_0_MSIDATA GENMASK_ULL(63, 32)"),
    qm("CMD_SYNC", "CS", 0, 12, 2, "QI CMD_SYNC_CS extract32(word[0], 12, 2)"),
    // Events: the fields Linux decodes for every fault record (arm_smmu_decode_event)
    lx("F_TRANSLATION", "SSV", 0, 11, 11, "LX EVTQ_0_SSV (1UL << 11)"),
    lx("F_TRANSLATION", "SubstreamID", 0, 31, 12, "LX EVTQ_0_SSID GENMASK_ULL(31, 12)"),
    lx("F_TRANSLATION", "StreamID", 0, 63, 32, "LX EVTQ_0_SID GENMASK_ULL(63, 32)"),
    lx("F_TRANSLATION", "STAG", 1, 15, 0, "LX EVTQ_1_STAG GENMASK_ULL(15, 0)"),
    lx("F_TRANSLATION", "Stall", 1, 31, 31, "LX EVTQ_1_STALL (1UL << 31)"),
    lx("F_TRANSLATION", "PnU", 1, 33, 33, "LX EVTQ_1_PnU (1UL << 33)"),
    lx("F_TRANSLATION", "InD", 1, 34, 34, "LX EVTQ_1_InD (1UL << 34)"),
    lx("F_TRANSLATION", "RnW", 1, 35, 35, "LX EVTQ_1_RnW (1UL << 35)"),
    lx("F_TRANSLATION", "S2", 1, 39, 39, "LX EVTQ_1_S2 (1UL << 39)"),
    lx("F_TRANSLATION", "CLASS", 1, 41, 40, "LX EVTQ_1_CLASS GENMASK_ULL(41, 40)"),
    lx("F_TRANSLATION", "InputAddr", 2, 63, 0, "LX EVTQ_2_ADDR GENMASK_ULL(63, 0)"),
    lx("F_ADDR_SIZE", "SSV", 0, 11, 11, "LX EVTQ_0_SSV (1UL << 11)"),
    lx("F_ADDR_SIZE", "SubstreamID", 0, 31, 12, "LX EVTQ_0_SSID GENMASK_ULL(31, 12)"),
    lx("F_ADDR_SIZE", "StreamID", 0, 63, 32, "LX EVTQ_0_SID GENMASK_ULL(63, 32)"),
    lx("F_ADDR_SIZE", "STAG", 1, 15, 0, "LX EVTQ_1_STAG GENMASK_ULL(15, 0)"),
    lx("F_ADDR_SIZE", "Stall", 1, 31, 31, "LX EVTQ_1_STALL (1UL << 31)"),
    lx("F_ADDR_SIZE", "PnU", 1, 33, 33, "LX EVTQ_1_PnU (1UL << 33)"),
    lx("F_ADDR_SIZE", "InD", 1, 34, 34, "LX EVTQ_1_InD (1UL << 34)"),
    lx("F_ADDR_SIZE", "RnW", 1, 35, 35, "LX EVTQ_1_RnW (1UL << 35)"),
    lx("F_ADDR_SIZE", "S2", 1, 39, 39, "LX EVTQ_1_S2 (1UL << 39)"),
    lx("F_ADDR_SIZE", "CLASS", 1, 41, 40, "LX EVTQ_1_CLASS GENMASK_ULL(41, 40)"),
    lx("F_ADDR_SIZE", "InputAddr", 2, 63, 0, "LX EVTQ_2_ADDR GENMASK_ULL(63, 0)"),
    lx("F_ACCESS", "SSV", 0, 11, 11, "LX EVTQ_0_SSV (1UL << 11)"),
    lx("F_ACCESS", "SubstreamID", 0, 31, 12, "LX EVTQ_0_SSID GENMASK_ULL(31, 12)"),
    lx("F_ACCESS", "StreamID", 0, 63, 32, "LX EVTQ_0_SID GENMASK_ULL(63, 32)"),
    lx("F_ACCESS", "STAG", 1, 15, 0, "LX EVTQ_1_STAG GENMASK_ULL(15, 0)"),
    lx("F_ACCESS", "Stall", 1, 31, 31, "LX EVTQ_1_STALL (1UL << 31)"),
    lx("F_ACCESS", "PnU", 1, 33, 33, "LX EVTQ_1_PnU (1UL << 33)"),
    lx("F_ACCESS", "InD", 1, 34, 34, "LX EVTQ_1_InD (1UL << 34)"),
    lx("F_ACCESS", "RnW", 1, 35, 35, "LX EVTQ_1_RnW (1UL << 35)"),
    lx("F_ACCESS", "S2", 1, 39, 39, "LX EVTQ_1_S2 (1UL << 39)"),
    lx("F_ACCESS", "CLASS", 1, 41, 40, "LX EVTQ_1_CLASS GENMASK_ULL(41, 40)"),
    lx("F_ACCESS", "InputAddr", 2, 63, 0, "LX EVTQ_2_ADDR GENMASK_ULL(63, 0)"),
    lx("F_PERMISSION", "SSV", 0, 11, 11, "LX EVTQ_0_SSV (1UL << 11)"),
    lx("F_PERMISSION", "SubstreamID", 0, 31, 12, "LX EVTQ_0_SSID GENMASK_ULL(31, 12)"),
    lx("F_PERMISSION", "StreamID", 0, 63, 32, "LX EVTQ_0_SID GENMASK_ULL(63, 32)"),
    lx("F_PERMISSION", "STAG", 1, 15, 0, "LX EVTQ_1_STAG GENMASK_ULL(15, 0)"),
    lx("F_PERMISSION", "Stall", 1, 31, 31, "LX EVTQ_1_STALL (1UL << 31)"),
    lx("F_PERMISSION", "PnU", 1, 33, 33, "LX EVTQ_1_PnU (1UL << 33)"),
    lx("F_PERMISSION", "InD", 1, 34, 34, "LX EVTQ_1_InD (1UL << 34)"),
    lx("F_PERMISSION", "RnW", 1, 35, 35, "LX EVTQ_1_RnW (1UL << 35)"),
    lx("F_PERMISSION", "S2", 1, 39, 39, "LX EVTQ_1_S2 (1UL << 39)"),
    lx("F_PERMISSION", "CLASS", 1, 41, 40, "LX EVTQ_1_CLASS GENMASK_ULL(41, 40)"),
    lx("F_PERMISSION", "TTRnW", 1, 44, 44, "LX EVTQ_1_TT_READ (1UL << 44)"),
    lx("F_PERMISSION", "InputAddr", 2, 63, 0, "LX EVTQ_2_ADDR GENMASK_ULL(63, 0)"),
    lx("C_BAD_STREAMID", "SSV", 0, 11, 11, "LX EVTQ_0_SSV (1UL << 11)"),
    lx("C_BAD_STREAMID", "StreamID", 0, 63, 32, "LX EVTQ_0_SID GENMASK_ULL(63, 32)"),
    lx("C_BAD_STE", "StreamID", 0, 63, 32, "LX EVTQ_0_SID GENMASK_ULL(63, 32)"),
    lx("F_STE_FETCH", "StreamID", 0, 63, 32, "LX EVTQ_0_SID GENMASK_ULL(63, 32)"),
    lx("F_STREAM_DISABLED", "StreamID", 0, 63, 32, "LX EVTQ_0_SID GENMASK_ULL(63, 32)"),
    lx("C_BAD_SUBSTREAMID", "SubstreamID", 0, 31, 12, "LX EVTQ_0_SSID GENMASK_ULL(31, 12)"),
    lx("C_BAD_SUBSTREAMID", "StreamID", 0, 63, 32, "LX EVTQ_0_SID GENMASK_ULL(63, 32)"),
    lx("F_CD_FETCH", "SSV", 0, 11, 11, "LX EVTQ_0_SSV (1UL << 11)"),
    lx("F_CD_FETCH", "SubstreamID", 0, 31, 12, "LX EVTQ_0_SSID GENMASK_ULL(31, 12)"),
    lx("C_BAD_CD", "SubstreamID", 0, 31, 12, "LX EVTQ_0_SSID GENMASK_ULL(31, 12)"),
    lx("F_VMS_FETCH", "StreamID", 0, 63, 32, "LX EVTQ_0_SID GENMASK_ULL(63, 32)"),
    // Events, QEMU encoders (smmuv3_record_event uses them per record type)
    qm("F_UUT", "SSV", 0, 11, 1, "QI EVT_SET_SSV deposit32(word[0], 11, 1)"),
    qm("F_UUT", "SubstreamID", 0, 12, 20, "QI EVT_SET_SSID deposit32(word[0], 12, 20)"),
    qm("F_UUT", "StreamID", 1, 0, 32, "QI EVT_SET_SID word[1]"),
    qm("F_UUT", "PnU", 3, 1, 1, "QI EVT_SET_PNU deposit32(word[3], 1, 1)"),
    qm("F_UUT", "InD", 3, 2, 1, "QI EVT_SET_IND deposit32(word[3], 2, 1)"),
    qm("F_UUT", "RnW", 3, 3, 1, "QI EVT_SET_RNW deposit32(word[3], 3, 1)"),
    Fact { container: "F_UUT", field: "InputAddr", lsb: 128, msb: 191, source: "QI EVT_SET_ADDR word[4] (low) and word[5] (high)" },
    qm("F_TRANSL_FORBIDDEN", "StreamID", 1, 0, 32, "QI EVT_SET_SID word[1]"),
    qm("F_TRANSL_FORBIDDEN", "RnW", 3, 3, 1, "QI EVT_SET_RNW deposit32(word[3], 3, 1)"),
    Fact { container: "F_TRANSL_FORBIDDEN", field: "InputAddr", lsb: 128, msb: 191, source: "QI EVT_SET_ADDR word[4] and word[5]" },
    qm("F_WALK_EABT", "PnU", 3, 1, 1, "QI EVT_SET_PNU deposit32(word[3], 1, 1)"),
    qm("F_WALK_EABT", "InD", 3, 2, 1, "QI EVT_SET_IND deposit32(word[3], 2, 1)"),
    qm("F_WALK_EABT", "RnW", 3, 3, 1, "QI EVT_SET_RNW deposit32(word[3], 3, 1)"),
    qm("F_WALK_EABT", "S2", 3, 7, 1, "QI EVT_SET_S2 deposit32(word[3], 7, 1)"),
    qm("F_WALK_EABT", "CLASS", 3, 8, 2, "QI EVT_SET_CLASS deposit32(word[3], 8, 2)"),
    Fact { container: "F_WALK_EABT", field: "InputAddr", lsb: 128, msb: 191, source: "QI EVT_SET_ADDR word[4] and word[5]" },
    qm("F_TRANSLATION", "STAG", 2, 0, 16, "QI EVT_SET_STAG deposit32(word[2], 0, 16)"),
    qm("F_TRANSLATION", "Stall", 2, 31, 1, "QI EVT_SET_STALL deposit32(word[2], 31, 1)"),
    qm("F_TRANSLATION", "PnU", 3, 1, 1, "QI EVT_SET_PNU deposit32(word[3], 1, 1)"),
    qm("F_TRANSLATION", "InD", 3, 2, 1, "QI EVT_SET_IND deposit32(word[3], 2, 1)"),
    qm("F_TRANSLATION", "RnW", 3, 3, 1, "QI EVT_SET_RNW deposit32(word[3], 3, 1)"),
    qm("F_TRANSLATION", "S2", 3, 7, 1, "QI EVT_SET_S2 deposit32(word[3], 7, 1)"),
    qm("F_TRANSLATION", "CLASS", 3, 8, 2, "QI EVT_SET_CLASS deposit32(word[3], 8, 2)"),
    qm("F_PERMISSION", "Stall", 2, 31, 1, "QI EVT_SET_STALL deposit32(word[2], 31, 1)"),
    qm("F_PERMISSION", "S2", 3, 7, 1, "QI EVT_SET_S2 deposit32(word[3], 7, 1)"),
    qm("F_PERMISSION", "CLASS", 3, 8, 2, "QI EVT_SET_CLASS deposit32(word[3], 8, 2)"),
    qm("C_BAD_STE", "SSV", 0, 11, 1, "QI EVT_SET_SSV deposit32(word[0], 11, 1)"),
    qm("C_BAD_STE", "SubstreamID", 0, 12, 20, "QI EVT_SET_SSID deposit32(word[0], 12, 20)"),
    qm("C_BAD_CD", "StreamID", 1, 0, 32, "QI EVT_SET_SID word[1]"),
    qm("F_CFG_CONFLICT", "SSV", 0, 11, 1, "QI EVT_SET_SSV deposit32(word[0], 11, 1)"),
    qm("F_CFG_CONFLICT", "SubstreamID", 0, 12, 20, "QI EVT_SET_SSID deposit32(word[0], 12, 20)"),
    // PRI request
    lx("PRI_REQUEST", "StreamID", 0, 31, 0, "LX PRIQ_0_SID GENMASK_ULL(31, 0)"),
    lx("PRI_REQUEST", "SubstreamID", 0, 51, 32, "LX PRIQ_0_SSID GENMASK_ULL(51, 32)"),
    lx("PRI_REQUEST", "Priv", 0, 58, 58, "LX PRIQ_0_PERM_PRIV (1UL << 58)"),
    lx("PRI_REQUEST", "X", 0, 59, 59, "LX PRIQ_0_PERM_EXEC (1UL << 59)"),
    lx("PRI_REQUEST", "R", 0, 60, 60, "LX PRIQ_0_PERM_READ (1UL << 60)"),
    lx("PRI_REQUEST", "W", 0, 61, 61, "LX PRIQ_0_PERM_WRITE (1UL << 61)"),
    lx("PRI_REQUEST", "Last", 0, 62, 62, "LX PRIQ_0_PRG_LAST (1UL << 62)"),
    lx("PRI_REQUEST", "SSV", 0, 63, 63, "LX PRIQ_0_SSID_V (1UL << 63)"),
    lx("PRI_REQUEST", "PRGIndex", 1, 8, 0, "LX PRIQ_1_PRG_IDX GENMASK_ULL(8, 0)"),
    lx("PRI_REQUEST", "PageAddress", 1, 63, 12, "LX PRIQ_1_ADDR_MASK GENMASK_ULL(63, 12)"),
];

// ------------------------------------------------------------------------------------------
// Translation-table descriptors (Linux io-pgtable-arm.c, ARM_LPAE_PTE_*; all bits are within
// the 64-bit descriptor).
// ------------------------------------------------------------------------------------------

const S1: &str = "vmsav8_64_stage1";
const S2: &str = "vmsav8_64_stage2";

#[rustfmt::skip]
const PAGE_TABLE_FIELDS: &[Fact] = &[
    // Stage 1 leaf descriptors (page and block share the attribute bits)
    r("vmsav8_64_stage1.Page", "Valid", 0, 0, "PGT ARM_LPAE_PTE_VALID (1 << 0)"),
    r("vmsav8_64_stage1.Page", "AttrIndx", 4, 2, "PGT ARM_LPAE_PTE_ATTRINDX_SHIFT 2, MAIR index 0..7"),
    r("vmsav8_64_stage1.Page", "NS", 5, 5, "PGT ARM_LPAE_PTE_NS (1 << 5)"),
    r("vmsav8_64_stage1.Page", "AP", 7, 6, "PGT ARM_LPAE_PTE_AP_UNPRIV (1 << 6) | ARM_LPAE_PTE_AP_RDONLY_BIT 7"),
    r("vmsav8_64_stage1.Page", "SH", 9, 8, "PGT ARM_LPAE_PTE_SH_* (n << 8)"),
    r("vmsav8_64_stage1.Page", "AF", 10, 10, "PGT ARM_LPAE_PTE_AF (1 << 10)"),
    r("vmsav8_64_stage1.Page", "nG", 11, 11, "PGT ARM_LPAE_PTE_nG (1 << 11)"),
    r("vmsav8_64_stage1.Page", "OA", 47, 12, "PGT ARM_LPAE_PTE_ADDR_MASK GENMASK_ULL(47, 12)"),
    r("vmsav8_64_stage1.Page", "DBM", 51, 51, "PGT ARM_LPAE_PTE_DBM (1 << 51)"),
    r("vmsav8_64_stage1.Page", "PXN", 53, 53, "PGT ARM_LPAE_PTE_XN (3 << 53), low bit"),
    r("vmsav8_64_stage1.Page", "UXN", 54, 54, "PGT ARM_LPAE_PTE_XN (3 << 53), high bit"),
    r("vmsav8_64_stage1.Block", "Valid", 0, 0, "PGT ARM_LPAE_PTE_VALID (1 << 0)"),
    r("vmsav8_64_stage1.Block", "AttrIndx", 4, 2, "PGT ARM_LPAE_PTE_ATTRINDX_SHIFT 2, MAIR index 0..7"),
    r("vmsav8_64_stage1.Block", "NS", 5, 5, "PGT ARM_LPAE_PTE_NS (1 << 5)"),
    r("vmsav8_64_stage1.Block", "AP", 7, 6, "PGT ARM_LPAE_PTE_AP_UNPRIV (1 << 6) | ARM_LPAE_PTE_AP_RDONLY_BIT 7"),
    r("vmsav8_64_stage1.Block", "SH", 9, 8, "PGT ARM_LPAE_PTE_SH_* (n << 8)"),
    r("vmsav8_64_stage1.Block", "AF", 10, 10, "PGT ARM_LPAE_PTE_AF (1 << 10)"),
    r("vmsav8_64_stage1.Block", "nG", 11, 11, "PGT ARM_LPAE_PTE_nG (1 << 11)"),
    r("vmsav8_64_stage1.Block", "DBM", 51, 51, "PGT ARM_LPAE_PTE_DBM (1 << 51)"),
    r("vmsav8_64_stage1.Block", "PXN", 53, 53, "PGT ARM_LPAE_PTE_XN (3 << 53), low bit"),
    r("vmsav8_64_stage1.Block", "UXN", 54, 54, "PGT ARM_LPAE_PTE_XN (3 << 53), high bit"),
    // Table descriptors (same layout at both stages)
    r("vmsav8_64_stage1.Table", "Valid", 0, 0, "PGT ARM_LPAE_PTE_TYPE_TABLE 3 in ARM_LPAE_PTE_TYPE_MASK 0x3, bit 0"),
    r("vmsav8_64_stage1.Table", "Type", 1, 1, "PGT ARM_LPAE_PTE_TYPE_TABLE 3 in ARM_LPAE_PTE_TYPE_MASK 0x3, bit 1"),
    r("vmsav8_64_stage1.Table", "NLTA", 47, 12, "PGT paddr_to_iopte(table) & ARM_LPAE_PTE_ADDR_MASK GENMASK_ULL(47, 12)"),
    r("vmsav8_64_stage1.Table", "NSTable", 63, 63, "PGT ARM_LPAE_PTE_NSTABLE (1 << 63)"),
    r("vmsav8_64_stage2.Table", "Valid", 0, 0, "PGT ARM_LPAE_PTE_TYPE_TABLE 3 in ARM_LPAE_PTE_TYPE_MASK 0x3, bit 0"),
    r("vmsav8_64_stage2.Table", "Type", 1, 1, "PGT ARM_LPAE_PTE_TYPE_TABLE 3 in ARM_LPAE_PTE_TYPE_MASK 0x3, bit 1"),
    r("vmsav8_64_stage2.Table", "NLTA", 47, 12, "PGT paddr_to_iopte(table) & ARM_LPAE_PTE_ADDR_MASK GENMASK_ULL(47, 12)"),
    // Stage 2 leaf descriptors
    r("vmsav8_64_stage2.Page", "Valid", 0, 0, "PGT ARM_LPAE_PTE_VALID (1 << 0)"),
    r("vmsav8_64_stage2.Page", "MemAttr", 5, 2, "PGT ARM_LPAE_PTE_MEMATTR_* (0x0..0xf << 2)"),
    r("vmsav8_64_stage2.Page", "S2AP", 7, 6, "PGT ARM_LPAE_PTE_HAP_READ (1 << 6) | HAP_WRITE (2 << 6)"),
    r("vmsav8_64_stage2.Page", "SH", 9, 8, "PGT ARM_LPAE_PTE_SH_* (n << 8)"),
    r("vmsav8_64_stage2.Page", "AF", 10, 10, "PGT ARM_LPAE_PTE_AF (1 << 10)"),
    r("vmsav8_64_stage2.Page", "OA", 47, 12, "PGT ARM_LPAE_PTE_ADDR_MASK GENMASK_ULL(47, 12)"),
    r("vmsav8_64_stage2.Page", "DBM", 51, 51, "PGT ARM_LPAE_PTE_DBM (1 << 51)"),
    r("vmsav8_64_stage2.Page", "XN", 54, 53, "PGT ARM_LPAE_PTE_XN (3 << 53)"),
    r("vmsav8_64_stage2.Block", "Valid", 0, 0, "PGT ARM_LPAE_PTE_VALID (1 << 0)"),
    r("vmsav8_64_stage2.Block", "MemAttr", 5, 2, "PGT ARM_LPAE_PTE_MEMATTR_* (0x0..0xf << 2)"),
    r("vmsav8_64_stage2.Block", "S2AP", 7, 6, "PGT ARM_LPAE_PTE_HAP_READ (1 << 6) | HAP_WRITE (2 << 6)"),
    r("vmsav8_64_stage2.Block", "SH", 9, 8, "PGT ARM_LPAE_PTE_SH_* (n << 8)"),
    r("vmsav8_64_stage2.Block", "AF", 10, 10, "PGT ARM_LPAE_PTE_AF (1 << 10)"),
    r("vmsav8_64_stage2.Block", "DBM", 51, 51, "PGT ARM_LPAE_PTE_DBM (1 << 51)"),
    r("vmsav8_64_stage2.Block", "XN", 54, 53, "PGT ARM_LPAE_PTE_XN (3 << 53)"),
];

/// Descriptor kinds: the value of bits [1:0] (Valid, Type) that identifies each kind.
#[rustfmt::skip]
const DESCRIPTOR_TYPES: &[(&str, &str, u64, &str)] = &[
    (S1, "Table", 3, "PGT ARM_LPAE_PTE_TYPE_TABLE 3"),
    (S1, "Block", 1, "PGT ARM_LPAE_PTE_TYPE_BLOCK 1"),
    (S1, "Page", 3, "PGT ARM_LPAE_PTE_TYPE_PAGE 3"),
    (S2, "Table", 3, "PGT ARM_LPAE_PTE_TYPE_TABLE 3"),
    (S2, "Block", 1, "PGT ARM_LPAE_PTE_TYPE_BLOCK 1"),
    (S2, "Page", 3, "PGT ARM_LPAE_PTE_TYPE_PAGE 3"),
];

/// Software/ignored bits Linux uses must fall inside a field the walker ignores:
/// (container, bit, field that must contain it, source).
#[rustfmt::skip]
const SOFTWARE_BITS: &[(&str, u32, &str, &str)] = &[
    ("vmsav8_64_stage1.Page", 55, "SW", "PGT ARM_LPAE_PTE_SW_SYNC (1 << 55)"),
    ("vmsav8_64_stage1.Block", 55, "SW", "PGT ARM_LPAE_PTE_SW_SYNC (1 << 55)"),
    ("vmsav8_64_stage2.Page", 55, "SW", "PGT ARM_LPAE_PTE_SW_SYNC (1 << 55)"),
    // arm_lpae_install_table() ORs ARM_LPAE_PTE_SW_SYNC into table descriptors.
    ("vmsav8_64_stage1.Table", 55, "IGNORED_HI", "PGT ARM_LPAE_PTE_SW_SYNC on table descriptors"),
    ("vmsav8_64_stage2.Table", 55, "IGNORED_HI", "PGT ARM_LPAE_PTE_SW_SYNC on table descriptors"),
];

// ------------------------------------------------------------------------------------------
// Address fields. The spec follows the newest architecture, where physical addresses may be
// 56 bits wide ([55:x], bits [55:52] RES0 below a 56-bit OAS), while Linux masks [51:x] and
// QEMU sometimes less. Compatible when the lsb is equal and our msb is at least theirs.
// ------------------------------------------------------------------------------------------

#[rustfmt::skip]
const ADDRESS_FIELDS_EXTEND: &[Fact] = &[
    r("STRTAB_BASE", "ADDR", 51, 6, "LX STRTAB_BASE_ADDR_MASK GENMASK_ULL(51, 6)"),
    r("STRTAB_BASE", "ADDR", 51, 6, "QC SMMU_BASE_ADDR_MASK 0xfffffffffffc0"),
    r("CMDQ_BASE", "ADDR", 51, 5, "LX Q_BASE_ADDR_MASK GENMASK_ULL(51, 5)"),
    r("EVTQ_BASE", "ADDR", 51, 5, "LX Q_BASE_ADDR_MASK GENMASK_ULL(51, 5)"),
    r("PRIQ_BASE", "ADDR", 51, 5, "LX Q_BASE_ADDR_MASK GENMASK_ULL(51, 5)"),
    r("GERROR_IRQ_CFG0", "ADDR", 51, 2, "LX MSI_CFG0_ADDR_MASK GENMASK_ULL(51, 2)"),
    r("EVTQ_IRQ_CFG0", "ADDR", 51, 2, "LX MSI_CFG0_ADDR_MASK GENMASK_ULL(51, 2)"),
    r("PRIQ_IRQ_CFG0", "ADDR", 51, 2, "LX MSI_CFG0_ADDR_MASK GENMASK_ULL(51, 2)"),
    lx("L1STD", "L2Ptr", 0, 51, 6, "LX STRTAB_L1_DESC_L2PTR_MASK GENMASK_ULL(51, 6)"),
    lx("L1CD", "L2Ptr", 0, 51, 12, "LX CTXDESC_L1_DESC_L2PTR_MASK GENMASK_ULL(51, 12)"),
    lx("STE", "S1ContextPtr", 0, 51, 6, "LX STRTAB_STE_0_S1CTXPTR_MASK GENMASK_ULL(51, 6)"),
    lx("STE", "S2TTB", 3, 51, 4, "LX STRTAB_STE_3_S2TTB_MASK GENMASK_ULL(51, 4)"),
    Fact { container: "STE", field: "S2TTB", lsb: 192 + 4, msb: 224 + 19, source: "QC FIELD(STE_6, S2TTB_LO, 4, 28) + FIELD(STE_7, S2TTB_HI, 0, 20)" },
    lx("CD", "TTB0", 1, 51, 4, "LX CTXDESC_CD_1_TTB0_MASK GENMASK_ULL(51, 4)"),
    Fact { container: "CD", field: "TTB0", lsb: 64 + 4, msb: 96 + 19, source: "QC FIELD(CD_2, TTB0_LO, 4, 28) + FIELD(CD_3, TTB0_HI, 0, 20)" },
    lx("CD", "TTB1", 2, 51, 4, "LX TTB1 test patch: CTXDESC_CD_2_TTB1_MASK GENMASK_ULL(51, 4)"),
    Fact { container: "CD", field: "TTB1", lsb: 128 + 4, msb: 160 + 19, source: "QC FIELD(CD_4, TTB1_LO, 4, 28) + FIELD(CD_5, TTB1_HI, 0, 20)" },
    lx("CMD_TLBI_S2_IPA", "Address", 1, 51, 12, "LX CMDQ_TLBI_1_IPA_MASK GENMASK_ULL(51, 12)"),
    lx("CMD_SYNC", "MSIAddress", 1, 51, 2, "LX CMDQ_SYNC_1_MSIADDR_MASK GENMASK_ULL(51, 2)"),
    lx("F_TRANSLATION", "IPA", 3, 51, 12, "LX EVTQ_3_IPA GENMASK_ULL(51, 12)"),
    lx("F_ADDR_SIZE", "IPA", 3, 51, 12, "LX EVTQ_3_IPA GENMASK_ULL(51, 12)"),
    lx("F_ACCESS", "IPA", 3, 51, 12, "LX EVTQ_3_IPA GENMASK_ULL(51, 12)"),
    lx("F_PERMISSION", "IPA", 3, 51, 12, "LX EVTQ_3_IPA GENMASK_ULL(51, 12)"),
    lx("F_STE_FETCH", "FetchAddr", 3, 51, 3, "LX EVTQ_3_FETCH_ADDR GENMASK_ULL(51, 3)"),
    lx("F_CD_FETCH", "FetchAddr", 3, 51, 3, "LX EVTQ_3_FETCH_ADDR GENMASK_ULL(51, 3)"),
    lx("F_WALK_EABT", "FetchAddr", 3, 51, 3, "LX EVTQ_3_FETCH_ADDR GENMASK_ULL(51, 3)"),
    lx("F_VMS_FETCH", "FetchAddr", 3, 51, 3, "LX EVTQ_3_FETCH_ADDR GENMASK_ULL(51, 3)"),
];

// ------------------------------------------------------------------------------------------
// Enumerated values: (container, field, variant, value, source). The variant is looked up in
// the enum the field is declared with, so this also checks the field is typed with it.
// ------------------------------------------------------------------------------------------

#[rustfmt::skip]
const ENUM_VALUES: &[(&str, &str, &str, u64, &str)] = &[
    ("IDR0", "TTF", "AArch64", 2, "LX IDR0_TTF_AARCH64"),
    ("IDR0", "TTF", "AArch32AndAArch64", 3, "LX IDR0_TTF_AARCH32_64"),
    ("IDR0", "ST_LEVEL", "TwoLevel", 1, "LX IDR0_ST_LVL_2LVL"),
    ("IDR0", "STALL_MODEL", "StallAndTerminate", 0, "LX IDR0_STALL_MODEL_STALL"),
    ("IDR0", "STALL_MODEL", "StallForced", 2, "LX IDR0_STALL_MODEL_FORCE"),
    ("IDR0", "TTENDIAN", "Mixed", 0, "LX IDR0_TTENDIAN_MIXED"),
    ("IDR0", "TTENDIAN", "LittleEndian", 2, "LX IDR0_TTENDIAN_LE"),
    ("IDR0", "TTENDIAN", "BigEndian", 3, "LX IDR0_TTENDIAN_BE"),
    ("IDR0", "HTTU", "AccessFlag", 1, "LX IDR0_HTTU_ACCESS"),
    ("IDR0", "HTTU", "AccessDirty", 2, "LX IDR0_HTTU_ACCESS_DIRTY"),
    ("IDR5", "OAS", "Bits32", 0, "LX IDR5_OAS_32_BIT"),
    ("IDR5", "OAS", "Bits36", 1, "LX IDR5_OAS_36_BIT"),
    ("IDR5", "OAS", "Bits40", 2, "LX IDR5_OAS_40_BIT"),
    ("IDR5", "OAS", "Bits42", 3, "LX IDR5_OAS_42_BIT"),
    ("IDR5", "OAS", "Bits44", 4, "LX IDR5_OAS_44_BIT"),
    ("IDR5", "OAS", "Bits48", 5, "LX IDR5_OAS_48_BIT"),
    ("IDR5", "OAS", "Bits52", 6, "LX IDR5_OAS_52_BIT"),
    ("IDR5", "VAX", "Va52", 1, "LX IDR5_VAX_52_BIT"),
    ("CR1", "QUEUE_IC", "NonCacheable", 0, "LX CR1_CACHE_NC"),
    ("CR1", "QUEUE_IC", "WriteBack", 1, "LX CR1_CACHE_WB"),
    ("CR1", "QUEUE_IC", "WriteThrough", 2, "LX CR1_CACHE_WT"),
    ("CR1", "TABLE_OC", "NonCacheable", 0, "LX CR1_CACHE_NC"),
    ("CR1", "TABLE_OC", "WriteBack", 1, "LX CR1_CACHE_WB"),
    ("CR1", "TABLE_OC", "WriteThrough", 2, "LX CR1_CACHE_WT"),
    ("CR1", "QUEUE_SH", "NonShareable", 0, "LX ARM_SMMU_SH_NSH"),
    ("CR1", "QUEUE_SH", "OuterShareable", 2, "LX ARM_SMMU_SH_OSH"),
    ("CR1", "QUEUE_SH", "InnerShareable", 3, "LX ARM_SMMU_SH_ISH"),
    ("CR1", "TABLE_SH", "InnerShareable", 3, "LX ARM_SMMU_SH_ISH"),
    ("GERROR_IRQ_CFG2", "SH", "InnerShareable", 3, "LX ARM_SMMU_SH_ISH via MSI_CFG2_SH"),
    ("GBPA", "SHCFG", "UseIncoming", 1, "QC SMMU_GBPA_RESET_VAL 0x1000 (SHCFG = 1, 'Use incoming')"),
    ("STRTAB_BASE_CFG", "FMT", "Linear", 0, "LX STRTAB_BASE_CFG_FMT_LINEAR"),
    ("STRTAB_BASE_CFG", "FMT", "TwoLevel", 1, "LX STRTAB_BASE_CFG_FMT_2LVL"),
    ("STRTAB_BASE_CFG", "SPLIT", "Split16K", 8, "LX STRTAB_SPLIT 8 (256 STEs x 64 bytes per level-2 table)"),
    ("CMDQ_CONS", "ERR", "CERROR_NONE", 0, "LX CMDQ_ERR_CERROR_NONE_IDX; QI SMMU_CERROR_NONE"),
    ("CMDQ_CONS", "ERR", "CERROR_ILL", 1, "LX CMDQ_ERR_CERROR_ILL_IDX; QI SMMU_CERROR_ILL"),
    ("CMDQ_CONS", "ERR", "CERROR_ABT", 2, "LX CMDQ_ERR_CERROR_ABT_IDX; QI SMMU_CERROR_ABT"),
    ("CMDQ_CONS", "ERR", "CERROR_ATC_INV_SYNC", 3, "LX CMDQ_ERR_CERROR_ATC_INV_IDX; QI SMMU_CERROR_ATC_INV_SYNC"),
    ("STE", "Config", "Abort", 0, "LX STRTAB_STE_0_CFG_ABORT"),
    ("STE", "Config", "Bypass", 4, "LX STRTAB_STE_0_CFG_BYPASS; QC STE_CFG_BYPASS(config) == 0x4"),
    ("STE", "Config", "S1Trans", 5, "LX STRTAB_STE_0_CFG_S1_TRANS"),
    ("STE", "Config", "S2Trans", 6, "LX STRTAB_STE_0_CFG_S2_TRANS"),
    ("STE", "Config", "Nested", 7, "LX STRTAB_STE_0_CFG_NESTED"),
    ("STE", "S1Fmt", "Linear", 0, "LX STRTAB_STE_0_S1FMT_LINEAR"),
    ("STE", "S1Fmt", "TwoLevel64K", 2, "LX STRTAB_STE_0_S1FMT_64K_L2"),
    ("STE", "S1DSS", "Terminate", 0, "LX STRTAB_STE_1_S1DSS_TERMINATE"),
    ("STE", "S1DSS", "Bypass", 1, "LX STRTAB_STE_1_S1DSS_BYPASS"),
    ("STE", "S1DSS", "Ssid0", 2, "LX STRTAB_STE_1_S1DSS_SSID0"),
    ("STE", "S1CIR", "NonCacheable", 0, "LX STRTAB_STE_1_S1C_CACHE_NC"),
    ("STE", "S1CIR", "WriteBackRa", 1, "LX STRTAB_STE_1_S1C_CACHE_WBRA"),
    ("STE", "S1CIR", "WriteThroughRa", 2, "LX STRTAB_STE_1_S1C_CACHE_WT"),
    ("STE", "S1CIR", "WriteBackNoRa", 3, "LX STRTAB_STE_1_S1C_CACHE_WB"),
    ("STE", "S1COR", "WriteBackRa", 1, "LX STRTAB_STE_1_S1C_CACHE_WBRA"),
    ("STE", "S1CSH", "InnerShareable", 3, "LX ARM_SMMU_SH_ISH (FIELD_PREP(STRTAB_STE_1_S1CSH, ...))"),
    ("STE", "EATS", "Abort", 0, "LX STRTAB_STE_1_EATS_ABT"),
    ("STE", "EATS", "FullAts", 1, "LX STRTAB_STE_1_EATS_TRANS"),
    ("STE", "EATS", "SplitStageAts", 2, "LX STRTAB_STE_1_EATS_S1CHK"),
    ("STE", "STRW", "El1", 0, "LX STRTAB_STE_1_STRW_NSEL1"),
    ("STE", "STRW", "El2", 2, "LX STRTAB_STE_1_STRW_EL2"),
    ("STE", "SHCFG", "Incoming", 1, "LX STRTAB_STE_1_SHCFG_INCOMING"),
    ("STE", "S2IR0", "NonCacheable", 0, "PGT ARM_LPAE_TCR_RGN_NC (2014 io-pgtable-arm.c)"),
    ("STE", "S2IR0", "WriteBackRaWa", 1, "PGT ARM_LPAE_TCR_RGN_WBWA"),
    ("STE", "S2IR0", "WriteThroughRa", 2, "PGT ARM_LPAE_TCR_RGN_WT"),
    ("STE", "S2IR0", "WriteBackRaNoWa", 3, "PGT ARM_LPAE_TCR_RGN_WB"),
    ("STE", "S2SH0", "InnerShareable", 3, "PGT ARM_LPAE_TCR_SH_IS"),
    ("STE", "S2TG", "Granule4K", 0, "PGT ARM_LPAE_TCR_TG0_4K (0 << 14)"),
    ("STE", "S2TG", "Granule64K", 1, "PGT ARM_LPAE_TCR_TG0_64K (1 << 14)"),
    ("STE", "S2TG", "Granule16K", 2, "PGT ARM_LPAE_TCR_TG0_16K (2 << 14)"),
    ("STE", "S2PS", "Bits48", 5, "PGT ARM_LPAE_TCR_PS_48_BIT; QI oas2bits(5) == 48"),
    ("CD", "TG0", "Granule4K", 0, "PGT ARM_LPAE_TCR_TG0_4K; QC tg2granule(0, ttbr0) == 12"),
    ("CD", "TG0", "Granule64K", 1, "PGT ARM_LPAE_TCR_TG0_64K; QC tg2granule(1, ttbr0) == 16"),
    ("CD", "TG0", "Granule16K", 2, "PGT ARM_LPAE_TCR_TG0_16K; QC tg2granule(2, ttbr0) == 14"),
    ("CD", "TG1", "Granule16K", 1, "QC tg2granule(1, ttbr1) == 14"),
    ("CD", "TG1", "Granule4K", 2, "QC tg2granule(2, ttbr1) == 12"),
    ("CD", "TG1", "Granule64K", 3, "QC tg2granule(3, ttbr1) == 16"),
    ("CD", "IR0", "NonCacheable", 0, "PGT ARM_LPAE_TCR_RGN_NC"),
    ("CD", "IR0", "WriteBackRaWa", 1, "PGT ARM_LPAE_TCR_RGN_WBWA"),
    ("CD", "OR0", "WriteThroughRa", 2, "PGT ARM_LPAE_TCR_RGN_WT"),
    ("CD", "OR0", "WriteBackRaNoWa", 3, "PGT ARM_LPAE_TCR_RGN_WB"),
    ("CD", "SH0", "NonShareable", 0, "PGT ARM_LPAE_TCR_SH_NS"),
    ("CD", "SH0", "OuterShareable", 2, "PGT ARM_LPAE_TCR_SH_OS"),
    ("CD", "SH0", "InnerShareable", 3, "PGT ARM_LPAE_TCR_SH_IS"),
    ("CD", "IPS", "Bits32", 0, "PGT ARM_LPAE_TCR_PS_32_BIT; QI oas2bits(0) == 32"),
    ("CD", "IPS", "Bits36", 1, "PGT ARM_LPAE_TCR_PS_36_BIT; QI oas2bits(1) == 36"),
    ("CD", "IPS", "Bits40", 2, "PGT ARM_LPAE_TCR_PS_40_BIT; QI oas2bits(2) == 40"),
    ("CD", "IPS", "Bits42", 3, "PGT ARM_LPAE_TCR_PS_42_BIT; QI oas2bits(3) == 42"),
    ("CD", "IPS", "Bits44", 4, "PGT ARM_LPAE_TCR_PS_44_BIT; QI oas2bits(4) == 44"),
    ("CD", "IPS", "Bits48", 5, "PGT ARM_LPAE_TCR_PS_48_BIT; QI oas2bits(5) == 48"),
    ("CMD_SYNC", "CS", "SIG_NONE", 0, "LX CMDQ_SYNC_0_CS_NONE; QI CMD_SYNC_SIG_NONE"),
    ("CMD_SYNC", "CS", "SIG_IRQ", 1, "LX CMDQ_SYNC_0_CS_IRQ; QI CMD_SYNC_SIG_IRQ"),
    ("CMD_SYNC", "CS", "SIG_SEV", 2, "LX CMDQ_SYNC_0_CS_SEV; QI CMD_SYNC_SIG_SEV"),
    ("CMD_SYNC", "MSH", "InnerShareable", 3, "LX ARM_SMMU_SH_ISH (FIELD_PREP(CMDQ_SYNC_0_MSH, ...))"),
    // Linux's names: DENY (PCIe Response Failure), FAIL (Invalid Request), SUCC (Success).
    ("CMD_PRI_RESP", "Resp", "ResponseFailure", 0, "LX PRI_RESP_DENY; IOPF series CMDQ_PRI_1_RESP_FAILURE 0UL"),
    ("CMD_PRI_RESP", "Resp", "InvalidRequest", 1, "LX PRI_RESP_FAIL; IOPF series CMDQ_PRI_1_RESP_INVALID 1UL"),
    ("CMD_PRI_RESP", "Resp", "Success", 2, "LX PRI_RESP_SUCC; IOPF series CMDQ_PRI_1_RESP_SUCCESS 2UL"),
    // Linux writes CMDQ_RESUME_0_RESP [13:12]: TERM (0) and RETRY (1) are the values of bit 12.
    ("CMD_RESUME", "Ac", "Terminate", 0, "LX CMDQ_RESUME_0_RESP_TERM in bit 12"),
    ("CMD_RESUME", "Ac", "Retry", 1, "LX CMDQ_RESUME_0_RESP_RETRY in bit 12"),
    ("F_TRANSLATION", "CLASS", "TT", 1, "LX EVTQ_1_CLASS_TT"),
    ("F_PERMISSION", "CLASS", "TT", 1, "LX EVTQ_1_CLASS_TT"),
    ("vmsav8_64_stage1.Page", "SH", "NonShareable", 0, "PGT ARM_LPAE_PTE_SH_NS (0 << 8)"),
    ("vmsav8_64_stage1.Page", "SH", "OuterShareable", 2, "PGT ARM_LPAE_PTE_SH_OS (2 << 8)"),
    ("vmsav8_64_stage1.Page", "SH", "InnerShareable", 3, "PGT ARM_LPAE_PTE_SH_IS (3 << 8)"),
    ("vmsav8_64_stage2.Block", "SH", "InnerShareable", 3, "PGT ARM_LPAE_PTE_SH_IS (3 << 8)"),
    ("vmsav8_64_stage1.Page", "AP", "PrivReadWrite", 0, "PGT AP bits clear (IOMMU_PRIV, writable)"),
    ("vmsav8_64_stage1.Page", "AP", "ReadWrite", 1, "PGT ARM_LPAE_PTE_AP_UNPRIV alone"),
    ("vmsav8_64_stage1.Page", "AP", "PrivReadOnly", 2, "PGT ARM_LPAE_PTE_AP_RDONLY alone"),
    ("vmsav8_64_stage1.Page", "AP", "ReadOnly", 3, "PGT ARM_LPAE_PTE_AP_UNPRIV | ARM_LPAE_PTE_AP_RDONLY"),
    ("vmsav8_64_stage2.Page", "S2AP", "NoAccess", 0, "PGT ARM_LPAE_PTE_HAP_FAULT"),
    ("vmsav8_64_stage2.Page", "S2AP", "ReadOnly", 1, "PGT ARM_LPAE_PTE_HAP_READ"),
    ("vmsav8_64_stage2.Page", "S2AP", "WriteOnly", 2, "PGT ARM_LPAE_PTE_HAP_WRITE"),
    ("vmsav8_64_stage2.Page", "S2AP", "ReadWrite", 3, "PGT ARM_LPAE_PTE_HAP_READ | ARM_LPAE_PTE_HAP_WRITE"),
];

/// Record opcodes: commands (CMDQ_0_OP [7:0]) and events (EVTQ_0_ID [7:0]).
#[rustfmt::skip]
const OPCODES: &[(&str, u64, &str)] = &[
    ("CMD_PREFETCH_CONFIG", 0x01, "LX CMDQ_OP_PREFETCH_CFG; QC SMMU_CMD_PREFETCH_CONFIG"),
    ("CMD_PREFETCH_ADDR", 0x02, "QC SMMU_CMD_PREFETCH_ADDR"),
    ("CMD_CFGI_STE", 0x03, "LX CMDQ_OP_CFGI_STE; QC SMMU_CMD_CFGI_STE"),
    ("CMD_CFGI_STE_RANGE", 0x04, "LX CMDQ_OP_CFGI_ALL (CFGI_STE_RANGE with Range 31); QC SMMU_CMD_CFGI_STE_RANGE"),
    ("CMD_CFGI_CD", 0x05, "LX CMDQ_OP_CFGI_CD; QC SMMU_CMD_CFGI_CD"),
    ("CMD_CFGI_CD_ALL", 0x06, "LX CMDQ_OP_CFGI_CD_ALL; QC SMMU_CMD_CFGI_CD_ALL"),
    ("CMD_TLBI_NH_ALL", 0x10, "LX CMDQ_OP_TLBI_NH_ALL; QC SMMU_CMD_TLBI_NH_ALL"),
    ("CMD_TLBI_NH_ASID", 0x11, "LX CMDQ_OP_TLBI_NH_ASID; QC SMMU_CMD_TLBI_NH_ASID"),
    ("CMD_TLBI_NH_VA", 0x12, "LX CMDQ_OP_TLBI_NH_VA; QC SMMU_CMD_TLBI_NH_VA"),
    ("CMD_TLBI_NH_VAA", 0x13, "LX CMDQ_OP_TLBI_NH_VAA; QC SMMU_CMD_TLBI_NH_VAA"),
    ("CMD_TLBI_EL3_ALL", 0x18, "QC SMMU_CMD_TLBI_EL3_ALL"),
    ("CMD_TLBI_EL3_VA", 0x1a, "QC SMMU_CMD_TLBI_EL3_VA"),
    ("CMD_TLBI_EL2_ALL", 0x20, "LX CMDQ_OP_TLBI_EL2_ALL; QC SMMU_CMD_TLBI_EL2_ALL"),
    ("CMD_TLBI_EL2_ASID", 0x21, "LX CMDQ_OP_TLBI_EL2_ASID; QC SMMU_CMD_TLBI_EL2_ASID"),
    ("CMD_TLBI_EL2_VA", 0x22, "LX CMDQ_OP_TLBI_EL2_VA; QC SMMU_CMD_TLBI_EL2_VA"),
    ("CMD_TLBI_EL2_VAA", 0x23, "QC SMMU_CMD_TLBI_EL2_VAA"),
    ("CMD_TLBI_S12_VMALL", 0x28, "LX CMDQ_OP_TLBI_S12_VMALL; QC SMMU_CMD_TLBI_S12_VMALL"),
    ("CMD_TLBI_S2_IPA", 0x2a, "LX CMDQ_OP_TLBI_S2_IPA; QC SMMU_CMD_TLBI_S2_IPA"),
    ("CMD_TLBI_NSNH_ALL", 0x30, "LX CMDQ_OP_TLBI_NSNH_ALL; QC SMMU_CMD_TLBI_NSNH_ALL"),
    ("CMD_ATC_INV", 0x40, "LX CMDQ_OP_ATC_INV; QC SMMU_CMD_ATC_INV"),
    ("CMD_PRI_RESP", 0x41, "LX CMDQ_OP_PRI_RESP; QC SMMU_CMD_PRI_RESP"),
    ("CMD_RESUME", 0x44, "LX CMDQ_OP_RESUME; QC SMMU_CMD_RESUME"),
    ("CMD_STALL_TERM", 0x45, "QC SMMU_CMD_STALL_TERM"),
    ("CMD_SYNC", 0x46, "LX CMDQ_OP_CMD_SYNC; QC SMMU_CMD_SYNC"),
    ("F_UUT", 0x01, "QI SMMU_EVT_F_UUT"),
    ("C_BAD_STREAMID", 0x02, "LX EVT_ID_BAD_STREAMID_CONFIG; QI SMMU_EVT_C_BAD_STREAMID"),
    ("F_STE_FETCH", 0x03, "LX EVT_ID_STE_FETCH_FAULT; QI SMMU_EVT_F_STE_FETCH"),
    ("C_BAD_STE", 0x04, "LX EVT_ID_BAD_STE_CONFIG; QI SMMU_EVT_C_BAD_STE"),
    ("F_BAD_ATS_TREQ", 0x05, "QI SMMU_EVT_F_BAD_ATS_TREQ"),
    ("F_STREAM_DISABLED", 0x06, "LX EVT_ID_STREAM_DISABLED_FAULT; QI SMMU_EVT_F_STREAM_DISABLED"),
    ("F_TRANSL_FORBIDDEN", 0x07, "QI SMMU_EVT_F_TRANS_FORBIDDEN"),
    ("C_BAD_SUBSTREAMID", 0x08, "LX EVT_ID_BAD_SUBSTREAMID_CONFIG; QI SMMU_EVT_C_BAD_SUBSTREAMID"),
    ("F_CD_FETCH", 0x09, "LX EVT_ID_CD_FETCH_FAULT; QI SMMU_EVT_F_CD_FETCH"),
    ("C_BAD_CD", 0x0a, "LX EVT_ID_BAD_CD_CONFIG; QI SMMU_EVT_C_BAD_CD"),
    ("F_WALK_EABT", 0x0b, "QI SMMU_EVT_F_WALK_EABT"),
    ("F_TRANSLATION", 0x10, "LX EVT_ID_TRANSLATION_FAULT; QI SMMU_EVT_F_TRANSLATION"),
    ("F_ADDR_SIZE", 0x11, "LX EVT_ID_ADDR_SIZE_FAULT; QI SMMU_EVT_F_ADDR_SIZE"),
    ("F_ACCESS", 0x12, "LX EVT_ID_ACCESS_FAULT; QI SMMU_EVT_F_ACCESS"),
    ("F_PERMISSION", 0x13, "LX EVT_ID_PERMISSION_FAULT; QI SMMU_EVT_F_PERMISSION"),
    ("F_TLB_CONFLICT", 0x20, "QI SMMU_EVT_F_TLB_CONFLICT"),
    ("F_CFG_CONFLICT", 0x21, "QI SMMU_EVT_F_CFG_CONFLICT"),
    ("E_PAGE_REQUEST", 0x24, "QI SMMU_EVT_E_PAGE_REQ"),
    ("F_VMS_FETCH", 0x25, "LX EVT_ID_VMS_FETCH_FAULT"),
];

/// Opcode fields of the queues and entry sizes in bytes.
#[rustfmt::skip]
const QUEUE_OPCODE_FIELDS: &[(&str, u32, u32, &str)] = &[
    ("CMDQ", 0, 7, "LX CMDQ_0_OP GENMASK_ULL(7, 0); QI CMD_TYPE extract32(word[0], 0, 8)"),
    ("EVTQ", 0, 7, "LX EVTQ_0_ID GENMASK_ULL(7, 0); QI EVT_SET_TYPE deposit32(word[0], 0, 8)"),
];

#[rustfmt::skip]
const SIZES: &[(&str, u32, &str)] = &[
    ("CMDQ", 16, "LX CMDQ_ENT_SZ_SHIFT 4; QI struct Cmd { uint32_t word[4]; }"),
    ("EVTQ", 32, "LX EVTQ_ENT_SZ_SHIFT 5; QI struct Evt { uint32_t word[8]; }"),
    ("PRIQ", 16, "LX PRIQ_ENT_SZ_SHIFT 4"),
    ("STE", 64, "LX STRTAB_STE_DWORDS 8; QC struct STE { uint32_t word[16]; }"),
    ("CD", 64, "LX CTXDESC_CD_DWORDS 8; QC struct CD { uint32_t word[16]; }"),
    ("L1STD", 8, "LX struct arm_smmu_strtab_l1 { __le64 l2ptr; }; QC STEDesc word[2]"),
    ("L1CD", 8, "LX struct arm_smmu_cdtab_l1 { __le64 l2ptr; }; QC CDDesc word[2]"),
];

// ------------------------------------------------------------------------------------------
// Documented differences: where the spec deliberately (or following the architecture) differs
// from what Linux or QEMU encode. Each row states both positions; the test checks that the
// spec still says `ours` and that the other source really says something else (a row that
// stops being a difference must move to the fact tables).
// ------------------------------------------------------------------------------------------

struct Difference {
    container: &'static str,
    field: &'static str,
    ours: (u32, u32),
    theirs: (u32, u32),
    source: &'static str,
    reason: &'static str,
}

const SCALE_REASON: &str = "The newest Arm SMMUv3 architecture gives SCALE 6 bits ([25:20]) when SMMU_IDR5.DS == 1 \
     (bit 25 is RES0 otherwise); Linux's own follow-up 'iommu/arm-smmu-v3: Support IDR5.DS and widen the TLBI SCALE \
     field' widens CMDQ_TLBI_0_SCALE to those 6 architectural bits. The mainline header and QEMU still use 5.";

#[rustfmt::skip]
const DIFFERENCES: &[Difference] = &[
    Difference { container: "CMD_TLBI_NH_VA", field: "SCALE", ours: (20, 25), theirs: (20, 24), source: "LX CMDQ_TLBI_0_SCALE GENMASK_ULL(24, 20); QI CMD_SCALE extract32(word[0], 20, 5)", reason: SCALE_REASON },
    Difference { container: "CMD_TLBI_NH_VAA", field: "SCALE", ours: (20, 25), theirs: (20, 24), source: "LX CMDQ_TLBI_0_SCALE GENMASK_ULL(24, 20)", reason: SCALE_REASON },
    Difference { container: "CMD_TLBI_EL2_VA", field: "SCALE", ours: (20, 25), theirs: (20, 24), source: "LX CMDQ_TLBI_0_SCALE GENMASK_ULL(24, 20)", reason: SCALE_REASON },
    Difference { container: "CMD_TLBI_S2_IPA", field: "SCALE", ours: (20, 25), theirs: (20, 24), source: "LX CMDQ_TLBI_0_SCALE GENMASK_ULL(24, 20)", reason: SCALE_REASON },
    Difference {
        container: "CMD_RESUME", field: "Ac", ours: (12, 12), theirs: (12, 13),
        source: "LX CMDQ_RESUME_0_RESP GENMASK_ULL(13, 12) with TERM 0, RETRY 1, ABORT 2",
        reason: "Linux packs the two action bits into one response code; the architecture (and QEMU's CMD_RESUME_AC/ \
                 CMD_RESUME_AB accessors) has Ac at bit 12 and Ab at bit 13: RETRY sets Ac, ABORT sets Ab. Same encoding.",
    },
    Difference {
        container: "CMD_RESUME", field: "Ab", ours: (13, 13), theirs: (12, 13),
        source: "LX CMDQ_RESUME_0_RESP GENMASK_ULL(13, 12) with TERM 0, RETRY 1, ABORT 2",
        reason: "See CMD_RESUME.Ac: Linux's ABORT value 2 is Ab = 1, Ac = 0.",
    },
    Difference {
        container: "CMD_PRI_RESP", field: "Resp", ours: (76, 77), theirs: (75, 76),
        source: "QI CMD_RESP extract32(word[2], 11, 2)",
        reason: "QEMU's accessor is one bit lower than Linux's CMDQ_PRI_1_RESP GENMASK_ULL(13, 12) of qword 1 (= [77:76]), \
                 which the spec follows. QEMU defines no PRI queue (no PRIQ_* registers), so the accessor has no user there.",
    },
    Difference {
        container: "F_CD_FETCH", field: "FetchAddr", ours: (195, 247), theirs: (128, 191),
        source: "QI smmuv3_record_event: SMMU_EVT_F_CD_FETCH uses EVT_SET_ADDR (word[4], word[5])",
        reason: "Linux reads the fetch address of F_STE_FETCH/F_CD_FETCH/F_WALK_EABT/F_VMS_FETCH from EVTQ_3_FETCH_ADDR \
                 GENMASK_ULL(51, 3) of qword 3, as the spec places it. QEMU writes the CD fetch address where InputAddr \
                 would be (some QEMU versions did the same for F_STE_FETCH, later moved to EVT_SET_ADDR2).",
    },
    Difference {
        container: "F_TRANSLATION", field: "IPA", ours: (204, 247), theirs: (192, 255),
        source: "QI EVT_SET_ADDR2 word[6] (low) and word[7] (high)",
        reason: "QEMU stores the whole 64-bit IPA into the last doubleword; the architecture defines IPA as bits [55:12] \
                 of it (Linux: EVTQ_3_IPA [51:12]). The extra bits QEMU writes are zero for an aligned 48-bit IPA.",
    },
    Difference {
        container: "F_WALK_EABT", field: "FetchAddr", ours: (195, 247), theirs: (192, 255),
        source: "QI EVT_SET_ADDR2 word[6] and word[7]",
        reason: "As for F_TRANSLATION.IPA: QEMU writes the full doubleword; the architecture's FetchAddr is bits [55:3] \
                 (Linux: EVTQ_3_FETCH_ADDR [51:3]).",
    },
    Difference {
        container: "L1STD", field: "L2Ptr", ours: (6, 55), theirs: (5, 63),
        source: "QI l1std_l2ptr: word[1] << 32 | word[0] & ~0x1f",
        reason: "QEMU only clears Span [4:0], so it also takes bit 5 (RES0) and bits [63:56] into the pointer. Linux \
                 (STRTAB_L1_DESC_L2PTR_MASK [51:6]) and the spec start the pointer at bit 6 (64-byte aligned STEs).",
    },
    Difference {
        container: "CMDQ_BASE", field: "ADDR", ours: (5, 55), theirs: (6, 51),
        source: "QC SMMU_BASE_ADDR_MASK 0xfffffffffffc0, used by Q_BASE() for every queue",
        reason: "QEMU reuses the stream-table mask for queue bases and so drops bit 5. Linux Q_BASE_ADDR_MASK \
                 GENMASK_ULL(51, 5) and the spec keep it: a queue of one or two 16-byte commands is only 32-byte aligned.",
    },
    Difference {
        container: "vmsav8_64_stage1.Block", field: "OA", ours: (21, 47), theirs: (12, 47),
        source: "PGT ARM_LPAE_PTE_ADDR_MASK GENMASK_ULL(47, 12), used for every leaf",
        reason: "Linux masks every leaf with the page mask and relies on the block's physical address being naturally \
                 aligned. The spec's block OA starts at the smallest block size (2 MiB: 4K granule, level 2); the bits \
                 between 12 and 20 are RES0 in a block descriptor.",
    },
    Difference {
        container: "vmsav8_64_stage2.Block", field: "OA", ours: (21, 47), theirs: (12, 47),
        source: "PGT ARM_LPAE_PTE_ADDR_MASK GENMASK_ULL(47, 12), used for every leaf",
        reason: "As for the stage 1 block descriptor.",
    },
];

/// Fields another implementation writes that the spec (following the architecture) does not
/// have in that record: (container, field, source, reason).
#[rustfmt::skip]
const ABSENT_FIELDS: &[(&str, &str, &str, &str)] = &[
    (
        "F_WALK_EABT",
        "STAG",
        "QI smmuv3_record_event: F_WALK_EABT shares the F_TRANSLATION encoder (EVT_SET_STAG, EVT_SET_STALL)",
        "A walk external abort is never stalled, so the record has no STAG/Stall; bits [79:64] hold the \
         IMPLEMENTATION DEFINED Reason. QEMU writes zeros there (its walk aborts are never stalled either).",
    ),
    ("F_WALK_EABT", "Stall", "QI EVT_SET_STALL deposit32(word[2], 31, 1) for F_WALK_EABT", "See F_WALK_EABT.STAG."),
    (
        "CMD_CFGI_ALL",
        "",
        "QC enum SMMUCommandType: SMMU_CMD_CFGI_ALL follows CFGI_CD_ALL, so it is 0x07",
        "CMD_CFGI_ALL is CMD_CFGI_STE_RANGE (0x04) with Range = 31 (Linux: CMDQ_OP_CFGI_ALL 0x4); opcode 0x07 is \
         CMD_CFGI_VMS_PIDM in the newest architecture, which is what the spec has.",
    ),
];

// ------------------------------------------------------------------------------------------
// The checks.
// ------------------------------------------------------------------------------------------

fn check_positions(table: &str, facts: &[Fact]) {
    let spec = spec();
    let map = containers(&spec);
    let mut failures = Vec::new();
    for f in facts {
        match field(&map, f.container, f.field) {
            Ok(got) if (got.lsb, got.msb) == (f.lsb, f.msb) => {}
            Ok(got) => failures.push(format!(
                "{}.{}: spec [{}:{}], {} says [{}:{}]",
                f.container, f.field, got.msb, got.lsb, f.source, f.msb, f.lsb
            )),
            Err(e) => failures.push(format!(
                "{e} ({} places it at [{}:{}])",
                f.source, f.msb, f.lsb
            )),
        }
    }
    report(table, facts.len(), failures);
}

#[test]
fn register_fields() {
    check_positions("register fields", REGISTER_FIELDS);
}

#[test]
fn stream_table_and_context_descriptor_fields() {
    check_positions("STE/CD/L1 fields", TABLE_FIELDS);
}

#[test]
fn command_event_and_pri_fields() {
    check_positions("command/event/PRI fields", RECORD_FIELDS);
}

#[test]
fn page_table_descriptor_fields() {
    check_positions("page-table descriptor fields", PAGE_TABLE_FIELDS);
}

#[test]
fn register_offsets() {
    let spec = spec();
    let mut failures = Vec::new();
    for &(name, offset, source) in REGISTER_OFFSETS {
        match spec.registers.iter().find(|r| r.name == name) {
            Some(r) if r.offset == offset => {}
            Some(r) => failures.push(format!(
                "{name}: spec @ {:#x}, {source} says {offset:#x}",
                r.offset
            )),
            None => failures.push(format!(
                "{name}: no such register ({source} says {offset:#x})"
            )),
        }
    }
    report("register offsets", REGISTER_OFFSETS.len(), failures);
}

#[test]
fn writable_masks() {
    let spec = spec();
    let mut failures = Vec::new();
    for &(name, mask, source) in WRITABLE_MASKS {
        let Some(r) = spec.registers.iter().find(|r| r.name == name) else {
            failures.push(format!("{name}: no such register ({source})"));
            continue;
        };
        let covered = r.fields.iter().fold(0u64, |acc, f| acc | f.word_mask());
        if covered != mask {
            failures.push(format!(
                "{name}: spec fields cover {covered:#018x}, {source} is {mask:#018x}"
            ));
        }
    }
    report("writable masks", WRITABLE_MASKS.len(), failures);
}

/// Address fields: same lsb (alignment), and the spec's msb covers at least the other source's.
#[test]
fn address_fields_extend() {
    let spec = spec();
    let map = containers(&spec);
    let mut failures = Vec::new();
    for f in ADDRESS_FIELDS_EXTEND {
        match field(&map, f.container, f.field) {
            Ok(got) if got.lsb == f.lsb && got.msb >= f.msb => {}
            Ok(got) => failures.push(format!(
                "{}.{}: spec [{}:{}] does not extend {} [{}:{}]",
                f.container, f.field, got.msb, got.lsb, f.source, f.msb, f.lsb
            )),
            Err(e) => failures.push(format!("{e} ({})", f.source)),
        }
    }
    report(
        "address fields (extend)",
        ADDRESS_FIELDS_EXTEND.len(),
        failures,
    );
}

#[test]
fn enum_values() {
    let spec = spec();
    let map = containers(&spec);
    let mut failures = Vec::new();
    for &(container, name, variant, value, source) in ENUM_VALUES {
        let f = match field(&map, container, name) {
            Ok(f) => f,
            Err(e) => {
                failures.push(format!("{e} ({source})"));
                continue;
            }
        };
        let FieldType::Enum { name: enum_name } = &f.ty else {
            failures.push(format!(
                "{container}.{name}: not an enum field ({source} gives {variant} = {value})"
            ));
            continue;
        };
        let Some(e) = spec.enums.iter().find(|e| &e.name == enum_name) else {
            failures.push(format!("{container}.{name}: enum {enum_name} missing"));
            continue;
        };
        match e.variants.iter().find(|v| v.name == variant) {
            Some(v) if v.value == value => {}
            Some(v) => failures.push(format!(
                "{enum_name}::{variant} = {}, {source} says {value}",
                v.value
            )),
            None => failures.push(format!(
                "{enum_name} ({container}.{name}) has no {variant} ({source} = {value})"
            )),
        }
    }
    report("enum values", ENUM_VALUES.len(), failures);
}

#[test]
fn opcodes() {
    let spec = spec();
    let mut failures = Vec::new();
    for &(name, opcode, source) in OPCODES {
        let rec = spec
            .queues
            .iter()
            .flat_map(|q| &q.records)
            .find(|r| r.name == name);
        match rec {
            Some(r) if r.opcode == Some(opcode) => {}
            Some(r) => failures.push(format!(
                "{name}: spec opcode {:?}, {source} says {opcode:#x}",
                r.opcode
            )),
            None => failures.push(format!("{name}: no such record ({source} = {opcode:#x})")),
        }
    }
    report("opcodes", OPCODES.len(), failures);
}

#[test]
fn queue_opcode_fields_and_sizes() {
    let spec = spec();
    let mut failures = Vec::new();
    for &(queue, lsb, msb, source) in QUEUE_OPCODE_FIELDS {
        match spec
            .queues
            .iter()
            .find(|q| q.name == queue)
            .and_then(|q| q.opcode)
        {
            Some(op) if (op.lsb, op.msb) == (lsb, msb) => {}
            other => failures.push(format!(
                "{queue} opcode field {other:?}, {source} says [{msb}:{lsb}]"
            )),
        }
    }
    for &(name, size, source) in SIZES {
        let got = spec
            .queues
            .iter()
            .find(|q| q.name == name)
            .map(|q| q.size)
            .or_else(|| spec.entries.iter().find(|e| e.name == name).map(|e| e.size));
        if got != Some(size) {
            failures.push(format!("{name}: size {got:?}, {source} says {size}"));
        }
    }
    report(
        "queue opcode fields and sizes",
        QUEUE_OPCODE_FIELDS.len() + SIZES.len(),
        failures,
    );
}

#[test]
fn descriptor_types_and_software_bits() {
    let spec = spec();
    let map = containers(&spec);
    let mut failures = Vec::new();
    for &(table, desc, bits, source) in DESCRIPTOR_TYPES {
        let Some(d) = spec
            .page_tables
            .iter()
            .find(|p| p.name == table)
            .and_then(|p| p.descriptors.iter().find(|d| d.name == desc))
        else {
            failures.push(format!("{table}.{desc}: no such descriptor"));
            continue;
        };
        // Rebuild bits [1:0] from the identifying field values.
        let mut value = 0u64;
        for m in &d.matches {
            match d.layout.fields.iter().find(|f| f.name == m.field) {
                Some(f) if f.msb <= 1 => value |= m.value << f.lsb,
                _ => failures.push(format!(
                    "{table}.{desc}: match on {} outside bits [1:0]",
                    m.field
                )),
            }
        }
        if value != bits {
            failures.push(format!(
                "{table}.{desc}: bits [1:0] = {value}, {source} says {bits}"
            ));
        }
    }
    for &(container, bit, name, source) in SOFTWARE_BITS {
        match field(&map, container, name) {
            Ok(f) if f.lsb <= bit && bit <= f.msb => {}
            Ok(f) => failures.push(format!(
                "{container}.{name} [{}:{}] does not hold bit {bit} ({source})",
                f.msb, f.lsb
            )),
            Err(e) => failures.push(format!("{e} ({source})")),
        }
    }
    report(
        "descriptor types and software bits",
        DESCRIPTOR_TYPES.len() + SOFTWARE_BITS.len(),
        failures,
    );
}

#[test]
fn documented_differences_still_hold() {
    let spec = spec();
    let map = containers(&spec);
    let mut failures = Vec::new();
    for d in DIFFERENCES {
        assert!(!d.reason.is_empty() && !d.source.is_empty());
        match field(&map, d.container, d.field) {
            Ok(f) if (f.lsb, f.msb) == d.ours => {
                if d.ours == d.theirs {
                    failures.push(format!(
                        "{}.{}: no longer a difference; move it to the facts",
                        d.container, d.field
                    ));
                }
            }
            Ok(f) => failures.push(format!(
                "{}.{}: spec now [{}:{}], the documented difference says [{}:{}] (vs {} [{}:{}])",
                d.container,
                d.field,
                f.msb,
                f.lsb,
                d.ours.1,
                d.ours.0,
                d.source,
                d.theirs.1,
                d.theirs.0
            )),
            Err(e) => failures.push(e),
        }
    }
    for &(container, name, source, _reason) in ABSENT_FIELDS {
        if name.is_empty() {
            if map.contains_key(container) {
                failures.push(format!(
                    "{container} exists, but is documented as absent ({source})"
                ));
            }
        } else if field(&map, container, name).is_ok() {
            failures.push(format!(
                "{container}.{name} exists, but is documented as absent ({source})"
            ));
        }
    }
    // The opcode QEMU calls CFGI_ALL is CMD_CFGI_VMS_PIDM.
    let seven = spec
        .queues
        .iter()
        .find(|q| q.name == "CMDQ")
        .and_then(|q| q.records.iter().find(|r| r.opcode == Some(7)));
    if seven.map(|r| r.name.as_str()) != Some("CMD_CFGI_VMS_PIDM") {
        failures.push(format!(
            "command opcode 0x07 is {:?}, expected CMD_CFGI_VMS_PIDM",
            seven.map(|r| &r.name)
        ));
    }
    report(
        "documented differences",
        DIFFERENCES.len() + ABSENT_FIELDS.len(),
        failures,
    );
}

/// The cross-check is only worth something if it is broad.
#[test]
fn enough_facts() {
    let n = REGISTER_FIELDS.len()
        + TABLE_FIELDS.len()
        + RECORD_FIELDS.len()
        + PAGE_TABLE_FIELDS.len()
        + REGISTER_OFFSETS.len()
        + ADDRESS_FIELDS_EXTEND.len()
        + ENUM_VALUES.len()
        + OPCODES.len()
        + QUEUE_OPCODE_FIELDS.len()
        + SIZES.len()
        + DESCRIPTOR_TYPES.len()
        + SOFTWARE_BITS.len()
        + WRITABLE_MASKS.len();
    eprintln!(
        "{n} facts checked against Linux/QEMU, plus {} documented differences",
        DIFFERENCES.len() + ABSENT_FIELDS.len()
    );
    assert!(n >= 200, "only {n} facts");
}
