//! The RISC-V IOMMU's generated mock register table (`generated/riscv_iommu/mock/regfile.rs`)
//! compiles and holds what a device model needs: one row per element of the register arrays,
//! access masks, and the on/busy handshakes inside ddtp and the queue CSRs.

#[allow(dead_code)]
#[rustfmt::skip] // generated code, formatted by its generator
#[path = "../../generated/riscv_iommu/mock/regfile.rs"]
mod regfile;

use regfile::{RegAccess, HANDSHAKES, REGISTERS};

fn row(name: &str) -> &'static regfile::RegSpec {
    REGISTERS
        .iter()
        .find(|r| r.name == name)
        .unwrap_or_else(|| panic!("no row {name}"))
}

#[test]
fn arrays_have_one_row_per_element() {
    assert_eq!(
        REGISTERS
            .iter()
            .filter(|r| r.name.starts_with("iohpmctr["))
            .count(),
        31
    );
    assert_eq!(row("iohpmctr[1]").offset, 0x68);
    assert_eq!(row("iohpmctr[31]").offset, 0x158);
    assert_eq!(row("iohpmevt[31]").offset, 0x250);
    assert_eq!(row("msi_vec_ctl[15]").offset, 0x3fc);
    // 23 plain registers, 31 + 31 counters and selectors, 3 x 16 MSI table entries.
    assert_eq!(REGISTERS.len(), 23 + 62 + 48);
}

#[test]
fn access_masks_follow_the_spec() {
    let cqcsr = row("cqcsr");
    assert_eq!(cqcsr.access, RegAccess::ReadWrite);
    // cqmf, cmd_to, cmd_ill, fence_w_ip are RW1C; cqon and busy are read-only.
    assert_eq!(cqcsr.w1c, 0xf00);
    assert_eq!(cqcsr.writable & 0x3_0000, 0);
    assert_eq!(row("ipsr").reset, 0);
    assert_eq!(row("tr_req_ctl").self_clearing, 1);
    assert_eq!(row("cqh").access, RegAccess::ReadOnly);
}

#[test]
fn handshakes_inside_one_register() {
    let names: Vec<&str> = HANDSHAKES.iter().map(|h| h.name).collect();
    assert_eq!(names, ["ddtp", "cqcsr", "fqcsr", "pqcsr"]);
    let cq = &HANDSHAKES[1];
    assert_eq!(cq.busy, 1 << 17);
    assert_eq!(cq.acks.len(), 1);
    let ack = cq.acks[0];
    assert_eq!((ack.on_lsb, ack.enable_lsb, ack.width), (16, 0, 1));
    assert!(HANDSHAKES[0].acks.is_empty() && HANDSHAKES[0].busy == 1 << 4);
}
