//! Independent cross-check of the RISC-V IOMMU spec (`specs/riscv_iommu.iommu`) against the bit
//! layouts two other implementations use:
//!
//! - Linux `drivers/iommu/riscv/iommu-bits.h` (`RISCV_IOMMU_*`: register offsets, `GENMASK_ULL`
//!   / `BIT_ULL` field defines relative to the 64-bit member of `struct riscv_iommu_dc`, `_pc`,
//!   `_command`, `_fq_record`, `_pq_record`, `_msipte` they belong to),
//! - QEMU `hw/riscv/riscv-iommu-bits.h` (the same kind of defines, some with other names),
//! - Linux `arch/riscv/include/asm/pgtable-bits.h` and `pgtable-64.h` for the PTE bits.
//!
//! A fact names the member's doubleword `d` (tc = 0, iohgatp = 1, ta = 2, fsc = 3, msiptp = 4,
//! msi_addr_mask = 5, msi_addr_pattern = 6; a command's dword0/dword1; a fault record's hdr = 0,
//! iotval = 2, iotval2 = 3; ...) and the define's `(hi, lo)`; the spec's absolute position is
//! `64 * d + bit`. See `docs/crosscheck.md` for the sources and the differences.

use std::path::Path;

use iommugen_dsl::ir::{Field, FieldType, Spec};
use iommugen_tests::report;

fn spec() -> Spec {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/riscv_iommu.iommu");
    match iommugen_dsl::load_file(&path) {
        Ok(spec) => spec,
        Err(diags) => panic!("specs/riscv_iommu.iommu does not check: {diags:?}"),
    }
}

/// The fields of a register, entry, queue record or `<page table>.<descriptor>`.
fn fields<'a>(spec: &'a Spec, container: &str) -> Option<&'a [Field]> {
    if let Some(r) = spec.register(container) {
        return Some(&r.fields);
    }
    if let Some(e) = spec.entry(container) {
        return Some(&e.fields);
    }
    if let Some(r) = spec
        .queues
        .iter()
        .flat_map(|q| &q.records)
        .find(|r| r.name == container)
    {
        return Some(&r.fields);
    }
    let (table, desc) = container.split_once('.')?;
    let t = spec.page_tables.iter().find(|t| t.name == table)?;
    let d = t.descriptors.iter().find(|d| d.name == desc)?;
    Some(&d.layout.fields)
}

/// `container.field` occupies `[64 * d + hi : 64 * d + lo]`.
struct Fact {
    container: &'static str,
    field: &'static str,
    lsb: u32,
    msb: u32,
    source: &'static str,
}

/// A define `GENMASK_ULL(hi, lo)` (or `BIT_ULL(n)` as `hi = lo = n`) in doubleword `d`.
const fn f(
    container: &'static str,
    field: &'static str,
    d: u32,
    hi: u32,
    lo: u32,
    source: &'static str,
) -> Fact {
    Fact {
        container,
        field,
        lsb: 64 * d + lo,
        msb: 64 * d + hi,
        source,
    }
}

const LX: &str = "Linux iommu-bits.h";
const QM: &str = "QEMU riscv-iommu-bits.h";
const PGT: &str = "Linux asm/pgtable-bits.h, pgtable-64.h";

#[rustfmt::skip]
const FIELDS: &[Fact] = &[
    // capabilities (RISCV_IOMMU_CAPABILITIES_* / RISCV_IOMMU_CAP_*)
    f("capabilities", "version", 0, 7, 0, LX), f("capabilities", "version", 0, 7, 0, QM),
    f("capabilities", "Sv32", 0, 8, 8, LX), f("capabilities", "Sv39", 0, 9, 9, LX),
    f("capabilities", "Sv48", 0, 10, 10, LX), f("capabilities", "Sv57", 0, 11, 11, LX),
    f("capabilities", "Svpbmt", 0, 15, 15, LX), f("capabilities", "Sv32x4", 0, 16, 16, LX),
    f("capabilities", "Sv39x4", 0, 17, 17, LX), f("capabilities", "Sv48x4", 0, 18, 18, LX),
    f("capabilities", "Sv57x4", 0, 19, 19, LX), f("capabilities", "AMO_MRIF", 0, 21, 21, LX),
    f("capabilities", "MSI_FLAT", 0, 22, 22, LX), f("capabilities", "MSI_MRIF", 0, 23, 23, LX),
    f("capabilities", "AMO_HWAD", 0, 24, 24, LX), f("capabilities", "ATS", 0, 25, 25, LX),
    f("capabilities", "T2GPA", 0, 26, 26, LX), f("capabilities", "END", 0, 27, 27, LX),
    f("capabilities", "IGS", 0, 29, 28, LX), f("capabilities", "HPM", 0, 30, 30, LX),
    f("capabilities", "DBG", 0, 31, 31, LX), f("capabilities", "PAS", 0, 37, 32, LX),
    f("capabilities", "PD8", 0, 38, 38, LX), f("capabilities", "PD17", 0, 39, 39, LX),
    f("capabilities", "PD20", 0, 40, 40, LX),
    f("capabilities", "Sv39", 0, 9, 9, QM), f("capabilities", "Sv57x4", 0, 19, 19, QM),
    f("capabilities", "MSI_FLAT", 0, 22, 22, QM), f("capabilities", "MSI_MRIF", 0, 23, 23, QM),
    f("capabilities", "ATS", 0, 25, 25, QM), f("capabilities", "T2GPA", 0, 26, 26, QM),
    f("capabilities", "IGS", 0, 29, 28, QM), f("capabilities", "HPM", 0, 30, 30, QM),
    f("capabilities", "DBG", 0, 31, 31, QM), f("capabilities", "PAS", 0, 37, 32, QM),
    f("capabilities", "PD8", 0, 38, 38, QM), f("capabilities", "PD17", 0, 39, 39, QM),
    f("capabilities", "PD20", 0, 40, 40, QM),
    // fctl, ddtp
    f("fctl", "BE", 0, 0, 0, LX), f("fctl", "WSI", 0, 1, 1, LX), f("fctl", "GXL", 0, 2, 2, LX),
    f("fctl", "BE", 0, 0, 0, QM), f("fctl", "WSI", 0, 1, 1, QM), f("fctl", "GXL", 0, 2, 2, QM),
    f("ddtp", "iommu_mode", 0, 3, 0, LX), f("ddtp", "busy", 0, 4, 4, LX),
    f("ddtp", "PPN", 0, 53, 10, LX),
    f("ddtp", "iommu_mode", 0, 3, 0, QM), f("ddtp", "busy", 0, 4, 4, QM),
    f("ddtp", "PPN", 0, 53, 10, QM),
    // queue bases, heads, tails (RISCV_IOMMU_QUEUE_LOG2SZ_FIELD, _PPN_FIELD, _INDEX_FIELD)
    f("cqb", "LOG2SZ_1", 0, 4, 0, LX), f("cqb", "PPN", 0, 53, 10, LX),
    f("fqb", "LOG2SZ_1", 0, 4, 0, LX), f("fqb", "PPN", 0, 53, 10, LX),
    f("pqb", "LOG2SZ_1", 0, 4, 0, LX), f("pqb", "PPN", 0, 53, 10, LX),
    f("cqb", "LOG2SZ_1", 0, 4, 0, QM), f("fqb", "PPN", 0, 53, 10, QM),
    f("cqh", "index", 0, 31, 0, LX), f("cqt", "index", 0, 31, 0, LX),
    f("fqh", "index", 0, 31, 0, LX), f("fqt", "index", 0, 31, 0, LX),
    f("pqh", "index", 0, 31, 0, LX), f("pqt", "index", 0, 31, 0, LX),
    // queue CSRs
    f("cqcsr", "cqen", 0, 0, 0, LX), f("cqcsr", "cie", 0, 1, 1, LX),
    f("cqcsr", "cqmf", 0, 8, 8, LX), f("cqcsr", "cmd_to", 0, 9, 9, LX),
    f("cqcsr", "cmd_ill", 0, 10, 10, LX), f("cqcsr", "fence_w_ip", 0, 11, 11, LX),
    f("cqcsr", "cqon", 0, 16, 16, LX), f("cqcsr", "busy", 0, 17, 17, LX),
    f("cqcsr", "cmd_to", 0, 9, 9, QM), f("cqcsr", "cmd_ill", 0, 10, 10, QM),
    f("cqcsr", "fence_w_ip", 0, 11, 11, QM), f("cqcsr", "cqon", 0, 16, 16, QM),
    f("fqcsr", "fqen", 0, 0, 0, LX), f("fqcsr", "fie", 0, 1, 1, LX),
    f("fqcsr", "fqmf", 0, 8, 8, LX), f("fqcsr", "fqof", 0, 9, 9, LX),
    f("fqcsr", "fqon", 0, 16, 16, LX), f("fqcsr", "busy", 0, 17, 17, LX),
    f("pqcsr", "pqen", 0, 0, 0, LX), f("pqcsr", "pie", 0, 1, 1, LX),
    f("pqcsr", "pqmf", 0, 8, 8, LX), f("pqcsr", "pqof", 0, 9, 9, LX),
    f("pqcsr", "pqon", 0, 16, 16, LX), f("pqcsr", "busy", 0, 17, 17, LX),
    f("pqcsr", "pqof", 0, 9, 9, QM), f("pqcsr", "busy", 0, 17, 17, QM),
    // ipsr, counters
    f("ipsr", "cip", 0, 0, 0, LX), f("ipsr", "fip", 0, 1, 1, LX),
    f("ipsr", "pmip", 0, 2, 2, LX), f("ipsr", "pip", 0, 3, 3, LX),
    f("ipsr", "cip", 0, 0, 0, QM), f("ipsr", "fip", 0, 1, 1, QM), f("ipsr", "pip", 0, 3, 3, QM),
    f("iocountovf", "CY", 0, 0, 0, LX), f("iocountovf", "HPM", 0, 31, 1, LX),
    f("iocountinh", "CY", 0, 0, 0, LX), f("iocountinh", "HPM", 0, 31, 1, LX),
    f("iohpmcycles", "counter", 0, 62, 0, LX), f("iohpmcycles", "OF", 0, 63, 63, LX),
    f("iohpmcycles", "counter", 0, 62, 0, QM), f("iohpmcycles", "OF", 0, 63, 63, QM),
    f("iohpmevt", "eventID", 0, 14, 0, LX), f("iohpmevt", "DMASK", 0, 15, 15, LX),
    f("iohpmevt", "PID_PSCID", 0, 35, 16, LX), f("iohpmevt", "DID_GSCID", 0, 59, 36, LX),
    f("iohpmevt", "PV_PSCV", 0, 60, 60, LX), f("iohpmevt", "DV_GSCV", 0, 61, 61, LX),
    f("iohpmevt", "IDT", 0, 62, 62, LX), f("iohpmevt", "OF", 0, 63, 63, LX),
    f("iohpmevt", "eventID", 0, 14, 0, QM), f("iohpmevt", "OF", 0, 63, 63, QM),
    // translation-request interface
    f("tr_req_iova", "vpn", 0, 63, 12, LX),
    f("tr_req_ctl", "Go_Busy", 0, 0, 0, LX), f("tr_req_ctl", "Priv", 0, 1, 1, LX),
    f("tr_req_ctl", "Exe", 0, 2, 2, LX), f("tr_req_ctl", "NW", 0, 3, 3, LX),
    f("tr_req_ctl", "PID", 0, 31, 12, LX), f("tr_req_ctl", "PV", 0, 32, 32, LX),
    f("tr_req_ctl", "DID", 0, 63, 40, LX),
    f("tr_req_ctl", "Go_Busy", 0, 0, 0, QM), f("tr_req_ctl", "NW", 0, 3, 3, QM),
    f("tr_req_ctl", "PID", 0, 31, 12, QM), f("tr_req_ctl", "DID", 0, 63, 40, QM),
    f("tr_response", "fault", 0, 0, 0, LX), f("tr_response", "PBMT", 0, 8, 7, LX),
    f("tr_response", "S", 0, 9, 9, LX), f("tr_response", "PPN", 0, 53, 10, LX),
    f("tr_response", "fault", 0, 0, 0, QM), f("tr_response", "S", 0, 9, 9, QM),
    f("tr_response", "PPN", 0, 53, 10, QM),
    // icvec, MSI configuration table
    f("icvec", "civ", 0, 3, 0, LX), f("icvec", "fiv", 0, 7, 4, LX),
    f("icvec", "pmiv", 0, 11, 8, LX), f("icvec", "piv", 0, 15, 12, LX),
    f("icvec", "civ", 0, 3, 0, QM), f("icvec", "piv", 0, 15, 12, QM),
    f("msi_addr", "ADDR", 0, 55, 2, LX), f("msi_data", "data", 0, 31, 0, LX),
    f("msi_vec_ctl", "M", 0, 0, 0, LX),
    // non-leaf directory entries
    f("DDTE", "V", 0, 0, 0, LX), f("DDTE", "PPN", 0, 53, 10, LX),
    f("DDTE", "V", 0, 0, 0, QM), f("DDTE", "PPN", 0, 53, 10, QM),
    // device context: tc (d 0), iohgatp (1), ta (2), fsc (3), msiptp (4), mask (5), pattern (6)
    f("DC", "V", 0, 0, 0, LX), f("DC", "EN_ATS", 0, 1, 1, LX), f("DC", "EN_PRI", 0, 2, 2, LX),
    f("DC", "T2GPA", 0, 3, 3, LX), f("DC", "DTF", 0, 4, 4, LX), f("DC", "PDTV", 0, 5, 5, LX),
    f("DC", "PRPR", 0, 6, 6, LX), f("DC", "GADE", 0, 7, 7, LX), f("DC", "SADE", 0, 8, 8, LX),
    f("DC", "DPE", 0, 9, 9, LX), f("DC", "SBE", 0, 10, 10, LX), f("DC", "SXL", 0, 11, 11, LX),
    f("DC", "iohgatp_PPN", 1, 43, 0, LX), f("DC", "iohgatp_GSCID", 1, 59, 44, LX),
    f("DC", "iohgatp_MODE", 1, 63, 60, LX), f("DC", "PSCID", 2, 31, 12, LX),
    f("DC", "fsc_PPN", 3, 43, 0, LX), f("DC", "fsc_MODE", 3, 63, 60, LX),
    f("DC", "msiptp_PPN", 4, 43, 0, LX), f("DC", "msiptp_MODE", 4, 63, 60, LX),
    f("DC", "msi_addr_mask", 5, 51, 0, LX), f("DC", "msi_addr_pattern", 6, 51, 0, LX),
    f("DC", "V", 0, 0, 0, QM), f("DC", "PDTV", 0, 5, 5, QM), f("DC", "DPE", 0, 9, 9, QM),
    f("DC", "SXL", 0, 11, 11, QM), f("DC", "iohgatp_PPN", 1, 43, 0, QM),
    f("DC", "iohgatp_GSCID", 1, 59, 44, QM), f("DC", "iohgatp_MODE", 1, 63, 60, QM),
    f("DC", "PSCID", 2, 31, 12, QM), f("DC", "fsc_PPN", 3, 43, 0, QM),
    f("DC", "fsc_MODE", 3, 63, 60, QM), f("DC", "msiptp_PPN", 4, 43, 0, QM),
    f("DC", "msiptp_MODE", 4, 63, 60, QM),
    // process context: ta (0), fsc (1)
    f("PC", "V", 0, 0, 0, LX), f("PC", "ENS", 0, 1, 1, LX), f("PC", "SUM", 0, 2, 2, LX),
    f("PC", "PSCID", 0, 31, 12, LX), f("PC", "fsc_PPN", 1, 43, 0, LX),
    f("PC", "fsc_MODE", 1, 63, 60, LX),
    f("PC", "V", 0, 0, 0, QM), f("PC", "fsc_PPN", 1, 43, 0, QM),
    // MSI PTEs: pte (0), mrif_info (1)
    f("MSI_PTE", "V", 0, 0, 0, LX), f("MSI_PTE", "M", 0, 2, 1, LX),
    f("MSI_PTE", "PPN", 0, 53, 10, LX), f("MSI_PTE", "C", 0, 63, 63, LX),
    f("MSI_PTE_MRIF", "MRIF_Address", 0, 53, 7, LX), f("MSI_PTE_MRIF", "N90", 1, 9, 0, LX),
    f("MSI_PTE_MRIF", "NPPN", 1, 53, 10, LX), f("MSI_PTE_MRIF", "N10", 1, 60, 60, LX),
    f("MSI_PTE", "V", 0, 0, 0, QM), f("MSI_PTE", "M", 0, 2, 1, QM),
    f("MSI_PTE", "PPN", 0, 53, 10, QM), f("MSI_PTE", "C", 0, 63, 63, QM),
    f("MSI_PTE_MRIF", "MRIF_Address", 0, 53, 7, QM), f("MSI_PTE_MRIF", "N90", 1, 9, 0, QM),
    f("MSI_PTE_MRIF", "NPPN", 1, 53, 10, QM), f("MSI_PTE_MRIF", "N10", 1, 60, 60, QM),
    // commands: dword0 (0), dword1 (1)
    f("IOTINVAL_VMA", "AV", 0, 10, 10, LX), f("IOTINVAL_VMA", "PSCID", 0, 31, 12, LX),
    f("IOTINVAL_VMA", "PSCV", 0, 32, 32, LX), f("IOTINVAL_VMA", "GV", 0, 33, 33, LX),
    f("IOTINVAL_VMA", "GSCID", 0, 59, 44, LX), f("IOTINVAL_VMA", "ADDR", 1, 61, 10, LX),
    f("IOTINVAL_GVMA", "AV", 0, 10, 10, LX), f("IOTINVAL_GVMA", "GV", 0, 33, 33, LX),
    f("IOTINVAL_GVMA", "GSCID", 0, 59, 44, LX), f("IOTINVAL_GVMA", "ADDR", 1, 61, 10, LX),
    f("IOTINVAL_VMA", "AV", 0, 10, 10, QM), f("IOTINVAL_VMA", "PSCID", 0, 31, 12, QM),
    f("IOTINVAL_VMA", "PSCV", 0, 32, 32, QM), f("IOTINVAL_VMA", "GV", 0, 33, 33, QM),
    f("IOTINVAL_VMA", "GSCID", 0, 59, 44, QM),
    f("IOFENCE_C", "AV", 0, 10, 10, LX), f("IOFENCE_C", "WSI", 0, 11, 11, LX),
    f("IOFENCE_C", "PR", 0, 12, 12, LX), f("IOFENCE_C", "PW", 0, 13, 13, LX),
    f("IOFENCE_C", "DATA", 0, 63, 32, LX),
    f("IOFENCE_C", "AV", 0, 10, 10, QM), f("IOFENCE_C", "DATA", 0, 63, 32, QM),
    f("IODIR_INVAL_DDT", "PID", 0, 31, 12, LX), f("IODIR_INVAL_DDT", "DV", 0, 33, 33, LX),
    f("IODIR_INVAL_DDT", "DID", 0, 63, 40, LX),
    f("IODIR_INVAL_PDT", "PID", 0, 31, 12, LX), f("IODIR_INVAL_PDT", "DV", 0, 33, 33, LX),
    f("IODIR_INVAL_PDT", "DID", 0, 63, 40, LX),
    f("IODIR_INVAL_PDT", "PID", 0, 31, 12, QM), f("IODIR_INVAL_PDT", "DV", 0, 33, 33, QM),
    f("IODIR_INVAL_PDT", "DID", 0, 63, 40, QM),
    f("ATS_INVAL", "PID", 0, 31, 12, LX), f("ATS_INVAL", "PV", 0, 32, 32, LX),
    f("ATS_INVAL", "DSV", 0, 33, 33, LX), f("ATS_INVAL", "RID", 0, 55, 40, LX),
    f("ATS_INVAL", "DSEG", 0, 63, 56, LX), f("ATS_INVAL", "G", 1, 0, 0, LX),
    f("ATS_INVAL", "S", 1, 11, 11, LX), f("ATS_INVAL", "UADDR", 1, 63, 12, LX),
    f("ATS_PRGR", "PID", 0, 31, 12, LX), f("ATS_PRGR", "RID", 0, 55, 40, LX),
    f("ATS_PRGR", "PRG_INDEX", 1, 40, 32, LX), f("ATS_PRGR", "RESP_CODE", 1, 47, 44, LX),
    f("ATS_PRGR", "DST_ID", 1, 63, 48, LX),
    f("ATS_INVAL", "PID", 0, 31, 12, QM), f("ATS_INVAL", "PV", 0, 32, 32, QM),
    f("ATS_INVAL", "DSV", 0, 33, 33, QM), f("ATS_INVAL", "RID", 0, 55, 40, QM),
    f("ATS_INVAL", "DSEG", 0, 63, 56, QM), f("ATS_PRGR", "RESP_CODE", 1, 47, 44, QM),
    // fault record: hdr (0), iotval (2), iotval2 (3)
    f("FAULT", "CAUSE", 0, 11, 0, LX), f("FAULT", "PID", 0, 31, 12, LX),
    f("FAULT", "PV", 0, 32, 32, LX), f("FAULT", "PRIV", 0, 33, 33, LX),
    f("FAULT", "TTYP", 0, 39, 34, LX), f("FAULT", "DID", 0, 63, 40, LX),
    f("FAULT", "iotval", 2, 63, 0, LX), f("FAULT", "iotval2", 3, 63, 0, LX),
    f("FAULT", "CAUSE", 0, 11, 0, QM), f("FAULT", "PID", 0, 31, 12, QM),
    f("FAULT", "PV", 0, 32, 32, QM), f("FAULT", "TTYP", 0, 39, 34, QM),
    f("FAULT", "DID", 0, 63, 40, QM),
    // page request: hdr (0), payload (1)
    f("PAGE_REQUEST", "PID", 0, 31, 12, LX), f("PAGE_REQUEST", "PV", 0, 32, 32, LX),
    f("PAGE_REQUEST", "PRIV", 0, 33, 33, LX), f("PAGE_REQUEST", "EXEC", 0, 34, 34, LX),
    f("PAGE_REQUEST", "DID", 0, 63, 40, LX), f("PAGE_REQUEST", "R", 1, 0, 0, LX),
    f("PAGE_REQUEST", "W", 1, 1, 1, LX), f("PAGE_REQUEST", "L", 1, 2, 2, LX),
    f("PAGE_REQUEST", "PRGI", 1, 11, 3, LX), f("PAGE_REQUEST", "ADDR", 1, 63, 12, LX),
    f("PAGE_REQUEST", "PID", 0, 31, 12, QM), f("PAGE_REQUEST", "EXEC", 0, 34, 34, QM),
    f("PAGE_REQUEST", "DID", 0, 63, 40, QM), f("PAGE_REQUEST", "PRGI", 1, 11, 3, QM),
    f("PAGE_REQUEST", "ADDR", 1, 63, 12, QM),
    // PTEs (_PAGE_*; _PAGE_PFN_MASK GENMASK(53, 10); Svpbmt [62:61]; _PAGE_NAPOT_SHIFT 63)
    f("Sv39.Leaf", "V", 0, 0, 0, PGT), f("Sv39.Leaf", "R", 0, 1, 1, PGT),
    f("Sv39.Leaf", "W", 0, 2, 2, PGT), f("Sv39.Leaf", "X", 0, 3, 3, PGT),
    f("Sv39.Leaf", "U", 0, 4, 4, PGT), f("Sv39.Leaf", "G", 0, 5, 5, PGT),
    f("Sv39.Leaf", "A", 0, 6, 6, PGT), f("Sv39.Leaf", "D", 0, 7, 7, PGT),
    f("Sv39.Leaf", "PPN", 0, 53, 10, PGT), f("Sv39.Leaf", "PBMT", 0, 62, 61, PGT),
    f("Sv39.Leaf", "N", 0, 63, 63, PGT),
    f("Sv39.Pointer", "V", 0, 0, 0, PGT), f("Sv39.Pointer", "PPN", 0, 53, 10, PGT),
    f("Sv57x4.Leaf", "PPN", 0, 53, 10, PGT), f("Sv57x4.Leaf", "N", 0, 63, 63, PGT),
];

#[test]
fn field_positions() {
    let spec = spec();
    let mut failures = Vec::new();
    for x in FIELDS {
        let Some(fields) = fields(&spec, x.container) else {
            failures.push(format!("{}: no such container ({})", x.container, x.source));
            continue;
        };
        match fields.iter().find(|f| f.name == x.field) {
            Some(g) if (g.lsb, g.msb) == (x.lsb, x.msb) => {}
            Some(g) => failures.push(format!(
                "{}.{}: spec [{}:{}], {} says [{}:{}]",
                x.container, x.field, g.msb, g.lsb, x.source, x.msb, x.lsb
            )),
            None => failures.push(format!(
                "{}.{}: no such field ({} places it at [{}:{}])",
                x.container, x.field, x.source, x.msb, x.lsb
            )),
        }
    }
    report("field positions", FIELDS.len(), failures);
}

/// `RISCV_IOMMU_REG_*` offsets; arrays by element (`RISCV_IOMMU_REG_IOHPMCTR(n)` etc.).
#[rustfmt::skip]
const OFFSETS: &[(&str, Option<u64>, u64, &str)] = &[
    ("capabilities", None, 0x000, LX), ("fctl", None, 0x008, LX), ("ddtp", None, 0x010, LX),
    ("cqb", None, 0x018, LX), ("cqh", None, 0x020, LX), ("cqt", None, 0x024, LX),
    ("fqb", None, 0x028, LX), ("fqh", None, 0x030, LX), ("fqt", None, 0x034, LX),
    ("pqb", None, 0x038, LX), ("pqh", None, 0x040, LX), ("pqt", None, 0x044, LX),
    ("cqcsr", None, 0x048, LX), ("fqcsr", None, 0x04C, LX), ("pqcsr", None, 0x050, LX),
    ("ipsr", None, 0x054, LX), ("iocountovf", None, 0x058, LX), ("iocountinh", None, 0x05C, LX),
    ("iohpmcycles", None, 0x060, LX), ("tr_req_iova", None, 0x258, LX),
    ("tr_req_ctl", None, 0x260, LX), ("tr_response", None, 0x268, LX),
    ("icvec", None, 0x2F8, LX), ("icvec", None, 0x2F8, QM), ("ddtp", None, 0x010, QM),
    ("iocountinh", None, 0x05C, QM), ("tr_response", None, 0x268, QM),
    // RISCV_IOMMU_REG_IOHPMCTR_BASE 0x68 is counter 1 (the Linux macro takes n - 1).
    ("iohpmctr", Some(1), 0x068, LX), ("iohpmctr", Some(31), 0x068 + 30 * 8, LX),
    ("iohpmevt", Some(1), 0x160, LX), ("iohpmevt", Some(31), 0x160 + 30 * 8, LX),
    ("msi_addr", Some(0), 0x300, LX), ("msi_addr", Some(15), 0x300 + 15 * 0x10, LX),
    ("msi_data", Some(0), 0x308, LX), ("msi_data", Some(15), 0x300 + 15 * 0x10 + 8, LX),
    ("msi_vec_ctl", Some(0), 0x30C, LX), ("msi_vec_ctl", Some(15), 0x300 + 15 * 0x10 + 0xC, LX),
    ("msi_addr", Some(0), 0x300, QM),
];

#[test]
fn register_offsets() {
    let spec = spec();
    let mut failures = Vec::new();
    for &(name, element, offset, source) in OFFSETS {
        let Some(r) = spec.register(name) else {
            failures.push(format!("{name}: no such register ({source} = {offset:#x})"));
            continue;
        };
        match r.offsets().iter().find(|(n, _)| *n == element) {
            Some(&(_, got)) if got == offset => {}
            Some(&(_, got)) => failures.push(format!(
                "{name}{element:?}: spec @ {got:#x}, {source} says {offset:#x}"
            )),
            None => failures.push(format!("{name}: no element {element:?} ({source})")),
        }
    }
    report("register offsets", OFFSETS.len(), failures);
    // RISCV_IOMMU_REG_SIZE: one 4 KiB page.
    assert_eq!(
        spec.register_blocks[0].size, 0x1000,
        "{LX}: RISCV_IOMMU_REG_SIZE"
    );
}

/// Encodings: `enum riscv_iommu_*` values and mode defines.
#[rustfmt::skip]
const ENUMS: &[(&str, &str, &str, u64, &str)] = &[
    ("ddtp", "iommu_mode", "Off", 0, LX), ("ddtp", "iommu_mode", "Bare", 1, LX),
    ("ddtp", "iommu_mode", "LVL1", 2, LX), ("ddtp", "iommu_mode", "LVL2", 3, LX),
    ("ddtp", "iommu_mode", "LVL3", 4, LX), ("ddtp", "iommu_mode", "LVL3", 4, QM),
    ("capabilities", "IGS", "MSI", 0, LX), ("capabilities", "IGS", "WSI", 1, LX),
    ("capabilities", "IGS", "BOTH", 2, LX),
    ("DC", "iohgatp_MODE", "Bare", 0, LX), ("DC", "iohgatp_MODE", "Sv39x4", 8, LX),
    ("DC", "iohgatp_MODE", "Sv48x4", 9, LX), ("DC", "iohgatp_MODE", "Sv57x4", 10, LX),
    ("DC", "fsc_MODE", "Bare", 0, LX), ("DC", "fsc_MODE", "Sv39", 8, LX),
    ("DC", "fsc_MODE", "Sv48", 9, LX), ("DC", "fsc_MODE", "Sv57", 10, LX),
    ("DC", "fsc_MODE", "PD8", 1, LX), ("DC", "fsc_MODE", "PD17", 2, LX),
    ("DC", "fsc_MODE", "PD20", 3, LX), ("DC", "fsc_MODE", "PD20", 3, QM),
    ("PC", "fsc_MODE", "Sv39", 8, LX), ("PC", "fsc_MODE", "Sv57", 10, LX),
    ("DC", "msiptp_MODE", "Off", 0, LX), ("DC", "msiptp_MODE", "Flat", 1, LX),
    ("MSI_PTE", "M", "MRIF", 1, QM), ("MSI_PTE", "M", "Basic", 3, QM),
    ("iohpmevt", "eventID", "DoNotCount", 0, LX),
    ("iohpmevt", "eventID", "UntranslatedRequests", 1, LX),
    ("iohpmevt", "eventID", "TranslatedRequests", 2, LX),
    ("iohpmevt", "eventID", "AtsTranslationRequests", 3, LX),
    ("iohpmevt", "eventID", "TlbMiss", 4, LX),
    ("iohpmevt", "eventID", "DeviceDirectoryWalks", 5, LX),
    ("iohpmevt", "eventID", "ProcessDirectoryWalks", 6, LX),
    ("iohpmevt", "eventID", "FirstStageWalks", 7, LX),
    ("iohpmevt", "eventID", "SecondStageWalks", 8, LX),
    ("FAULT", "CAUSE", "InstructionAccessFault", 1, LX),
    ("FAULT", "CAUSE", "ReadAddressMisaligned", 4, LX),
    ("FAULT", "CAUSE", "ReadAccessFault", 5, LX),
    ("FAULT", "CAUSE", "WriteAddressMisaligned", 6, LX),
    ("FAULT", "CAUSE", "WriteAccessFault", 7, LX),
    ("FAULT", "CAUSE", "InstructionPageFault", 12, LX),
    ("FAULT", "CAUSE", "ReadPageFault", 13, LX),
    ("FAULT", "CAUSE", "WritePageFault", 15, LX),
    ("FAULT", "CAUSE", "InstructionGuestPageFault", 20, LX),
    ("FAULT", "CAUSE", "ReadGuestPageFault", 21, LX),
    ("FAULT", "CAUSE", "WriteGuestPageFault", 23, LX),
    ("FAULT", "CAUSE", "AllInboundDisallowed", 256, LX),
    ("FAULT", "CAUSE", "DdtEntryLoadAccessFault", 257, LX),
    ("FAULT", "CAUSE", "DdtEntryNotValid", 258, LX),
    ("FAULT", "CAUSE", "DdtEntryMisconfigured", 259, LX),
    ("FAULT", "CAUSE", "TransactionTypeDisallowed", 260, LX),
    ("FAULT", "CAUSE", "MsiPteLoadAccessFault", 261, LX),
    ("FAULT", "CAUSE", "MsiPteNotValid", 262, LX),
    ("FAULT", "CAUSE", "MsiPteMisconfigured", 263, LX),
    ("FAULT", "CAUSE", "MrifAccessFault", 264, LX),
    ("FAULT", "CAUSE", "PdtEntryLoadAccessFault", 265, LX),
    ("FAULT", "CAUSE", "PdtEntryNotValid", 266, LX),
    ("FAULT", "CAUSE", "PdtEntryMisconfigured", 267, LX),
    ("FAULT", "CAUSE", "DdtDataCorruption", 268, LX),
    ("FAULT", "CAUSE", "PdtDataCorruption", 269, LX),
    ("FAULT", "CAUSE", "MsiPtDataCorruption", 270, LX),
    ("FAULT", "CAUSE", "MsiMrifDataCorruption", 271, LX),
    ("FAULT", "CAUSE", "InternalDataPathError", 272, LX),
    ("FAULT", "CAUSE", "IommuMsiWriteAccessFault", 273, LX),
    ("FAULT", "CAUSE", "PtDataCorruption", 274, LX),
    ("FAULT", "CAUSE", "DdtEntryNotValid", 258, QM), ("FAULT", "CAUSE", "PtDataCorruption", 274, QM),
    ("FAULT", "TTYP", "None", 0, LX), ("FAULT", "TTYP", "UntranslatedReadForExecute", 1, LX),
    ("FAULT", "TTYP", "UntranslatedRead", 2, LX), ("FAULT", "TTYP", "UntranslatedWrite", 3, LX),
    ("FAULT", "TTYP", "TranslatedReadForExecute", 5, LX),
    ("FAULT", "TTYP", "TranslatedRead", 6, LX), ("FAULT", "TTYP", "TranslatedWrite", 7, LX),
    ("FAULT", "TTYP", "PcieAtsTranslationRequest", 8, LX),
    ("FAULT", "TTYP", "PcieMessageRequest", 9, LX), ("FAULT", "TTYP", "PcieMessageRequest", 9, QM),
    ("Sv39.Leaf", "PBMT", "NC", 1, PGT), ("Sv39.Leaf", "PBMT", "IO", 2, PGT),
];

#[test]
fn enum_values() {
    let spec = spec();
    let mut failures = Vec::new();
    for &(container, field, variant, value, source) in ENUMS {
        let f = fields(&spec, container).and_then(|fs| fs.iter().find(|f| f.name == field));
        let Some(FieldType::Enum { name }) = f.map(|f| &f.ty) else {
            failures.push(format!("{container}.{field}: not an enum field ({source})"));
            continue;
        };
        let e = spec
            .enum_named(name)
            .expect("the checker resolved the enum");
        match e.variants.iter().find(|v| v.name == variant) {
            Some(v) if v.value == value => {}
            Some(v) => failures.push(format!(
                "{name}::{variant} = {}, {source} says {value}",
                v.value
            )),
            None => failures.push(format!("{name} has no {variant} ({source} = {value})")),
        }
    }
    report("enum values", ENUMS.len(), failures);
}

/// `RISCV_IOMMU_CMD_*_OPCODE` and `_FUNC_*`, with the opcode and function fields.
#[rustfmt::skip]
const OPCODES: &[(&str, u64, u64, &str)] = &[
    ("IOTINVAL_VMA", 1, 0, LX), ("IOTINVAL_GVMA", 1, 1, LX), ("IOFENCE_C", 2, 0, LX),
    ("IODIR_INVAL_DDT", 3, 0, LX), ("IODIR_INVAL_PDT", 3, 1, LX), ("ATS_INVAL", 4, 0, LX),
    ("ATS_PRGR", 4, 1, LX),
    ("IOTINVAL_VMA", 1, 0, QM), ("IOTINVAL_GVMA", 1, 1, QM), ("IOFENCE_C", 2, 0, QM),
    ("IODIR_INVAL_DDT", 3, 0, QM), ("IODIR_INVAL_PDT", 3, 1, QM), ("ATS_INVAL", 4, 0, QM),
    ("ATS_PRGR", 4, 1, QM),
];

#[test]
fn command_opcodes_and_queue_geometry() {
    let spec = spec();
    let cq = spec.queue("CQ").expect("CQ");
    let mut failures = Vec::new();
    for &(name, opcode, func, source) in OPCODES {
        match cq.records.iter().find(|r| r.name == name) {
            Some(r) if r.opcode == Some(opcode) && r.func == Some(func) => {}
            Some(r) => failures.push(format!(
                "{name}: spec {:?}/{:?}, {source} says {opcode}/{func}",
                r.opcode, r.func
            )),
            None => failures.push(format!("{name}: no such command ({source})")),
        }
    }
    // RISCV_IOMMU_CMD_OPCODE GENMASK_ULL(6, 0), RISCV_IOMMU_CMD_FUNC GENMASK_ULL(9, 7).
    let op = cq.opcode.map(|o| (o.msb, o.lsb));
    if op != Some((6, 0)) {
        failures.push(format!("CQ opcode field {op:?}, {LX} says (6, 0)"));
    }
    let func = cq.func.map(|o| (o.msb, o.lsb));
    if func != Some((9, 7)) {
        failures.push(format!("CQ function field {func:?}, {LX} says (9, 7)"));
    }
    // struct riscv_iommu_command: 2 u64; _fq_record: 4; _pq_record: 2; _dc: 8; _pc: 2;
    // _msipte: 2; non-leaf directory entries: 1.
    for (name, bytes) in [("CQ", 16), ("FQ", 32), ("PQ", 16)] {
        let got = spec.queue(name).map(|q| q.size);
        if got != Some(bytes) {
            failures.push(format!("{name}: record size {got:?}, {LX} says {bytes}"));
        }
    }
    for (name, bytes) in [
        ("DC", 64),
        ("PC", 16),
        ("MSI_PTE", 16),
        ("MSI_PTE_MRIF", 16),
        ("DDTE", 8),
        ("PDTE", 8),
    ] {
        let got = spec.entry(name).map(|e| e.size);
        if got != Some(bytes) {
            failures.push(format!("{name}: size {got:?}, {LX} says {bytes}"));
        }
    }
    report("opcodes and sizes", OPCODES.len() + 11, failures);
}
