//! The words the generated API builds for a stage-1 domain equal the ones computed by hand from
//! the bit positions in the Arm SMMUv3 specification (IHI 0070, sections 5.2 and 5.4, 4.3.2,
//! 4.4.2, 4.7.3), for both the checked-in layer and, with `--features macro`, the expanded one.

use iommugen_examples::smmuv3::cmdq::{CMDQ_Command, CMD_CFGI_STE, CMD_SYNC, CMD_TLBI_NH_ASID};
use iommugen_examples::smmuv3::entries::{CD, STE};
use iommugen_examples::smmuv3::enums::{
    CdFetchCacheability, CfgShareability, PhysAddrSize, StreamConfig, Tg0Granule, WalkCacheability,
    STE_S1DSS,
};
use iommugen_examples::smmuv3::support::{DecodeError, FieldError};

#[test]
fn stage1_ste() {
    let ste = STE::new()
        .with_V(true)
        .with_Config(StreamConfig::S1Trans)
        .with_S1ContextPtr(0x4010_0000)
        .unwrap()
        .with_S1DSS(STE_S1DSS::Ssid0)
        .with_S1CIR(CdFetchCacheability::WriteBackRa)
        .with_S1COR(CdFetchCacheability::WriteBackRa)
        .with_S1CSH(CfgShareability::InnerShareable);
    // Qword 0: V [0], Config [3:1] = 0b101, S1ContextPtr in place from bit 6.
    assert_eq!(ste.0[0], 1 | (0b101 << 1) | 0x4010_0000);
    // Qword 1: S1DSS [1:0] = 2, S1CIR [3:2] = 1, S1COR [5:4] = 1, S1CSH [7:6] = 3.
    assert_eq!(ste.0[1], 2 | (1 << 2) | (1 << 4) | (3 << 6));
    assert!(ste.0[2..].iter().all(|&w| w == 0));
    assert_eq!(ste.Config(), Ok(StreamConfig::S1Trans));
    assert_eq!(ste.S1ContextPtr(), 0x4010_0000);
}

#[test]
fn stage1_cd() {
    let cd = CD::new()
        .with_T0SZ(16)
        .unwrap()
        .with_TG0(Tg0Granule::Granule4K)
        .with_IR0(WalkCacheability::WriteBackRaWa)
        .with_OR0(WalkCacheability::WriteBackRaWa)
        .with_SH0(CfgShareability::InnerShareable)
        .with_EPD1(true)
        .with_V(true)
        .with_IPS(PhysAddrSize::Bits44)
        .with_AA64(true)
        .with_R(true)
        .with_A(true)
        .with_ASET(true)
        .with_ASID(7)
        .with_TTB0(0x4020_0000)
        .unwrap()
        .with_MAIR0(0x04ff);
    // T0SZ [5:0], IR0 [9:8], OR0 [11:10], SH0 [13:12], EPD1 [30], V [31], IPS [34:32],
    // AA64 [41], R [45], A [46], ASET [47], ASID [63:48].
    let q0 = 16
        | (1 << 8)
        | (1 << 10)
        | (3 << 12)
        | (1 << 30)
        | (1 << 31)
        | (4 << 32)
        | (1 << 41)
        | (1 << 45)
        | (1 << 46)
        | (1 << 47)
        | (7 << 48);
    assert_eq!(cd.0[0], q0);
    // TTB0 in place in qword 1; MAIR0 in the low half of qword 3.
    assert_eq!(cd.0[1], 0x4020_0000);
    assert_eq!(cd.0[3], 0x04ff);
}

#[test]
fn commands_encode_and_decode() {
    let cfgi = CMDQ_Command::CMD_CFGI_STE(CMD_CFGI_STE::new().with_StreamID(0x10).with_Leaf(true));
    assert_eq!(cfgi.encode(), [0x03 | (0x10 << 32), 1]);
    let tlbi = CMDQ_Command::CMD_TLBI_NH_ASID(CMD_TLBI_NH_ASID::new().with_ASID(7));
    assert_eq!(tlbi.encode(), [0x11 | (7 << 48), 0]);
    let sync = CMDQ_Command::CMD_SYNC(CMD_SYNC::new());
    assert_eq!(sync.encode(), [0x46, 0]);
    for c in [cfgi, tlbi, sync] {
        assert_eq!(CMDQ_Command::decode(&c.encode()), Ok(c));
    }
    assert_eq!(
        CMDQ_Command::decode(&[0xff, 0]),
        Err(DecodeError::UnknownOpcode {
            queue: "CMDQ",
            opcode: 0xff
        })
    );
    // CMD_SYNC with the reserved completion signal 3 is refused.
    assert!(matches!(
        CMDQ_Command::decode(&[0x46 | (3 << 12), 0]),
        Err(DecodeError::Field(FieldError::Reserved { .. }))
    ));
}

#[test]
fn setters_refuse_bad_values() {
    assert_eq!(
        STE::new().with_S1ContextPtr(0x4010_0008),
        Err(FieldError::Misaligned {
            field: "S1ContextPtr",
            value: 0x4010_0008,
            align: 64
        })
    );
    assert!(matches!(
        STE::new().with_S1ContextPtr(1 << 60),
        Err(FieldError::OutOfRange { .. })
    ));
    assert!(matches!(
        CD::new().with_T0SZ(64),
        Err(FieldError::OutOfRange { field: "T0SZ", .. })
    ));
    // A reserved Config encoding reads back as an error, not a wrong variant.
    assert_eq!(
        STE([0b0010, 0, 0, 0, 0, 0, 0, 0]).Config(),
        Err(FieldError::Reserved {
            field: "Config",
            value: 1
        })
    );
}

#[test]
fn used_bits_follow_the_config() {
    let invalid = STE::new();
    assert_eq!(
        invalid.used_bits().0[0],
        1,
        "only V is read while the STE is invalid"
    );
    let bypass = STE::new().with_V(true).with_Config(StreamConfig::Bypass);
    let s1 = STE::new().with_V(true).with_Config(StreamConfig::S1Trans);
    let s1_ptr_mask = ((1u64 << 50) - 1) << 6;
    assert_eq!(
        bypass.used_bits().0[0] & s1_ptr_mask,
        0,
        "bypass does not read S1ContextPtr"
    );
    assert_eq!(
        s1.used_bits().0[0] & s1_ptr_mask,
        s1_ptr_mask,
        "stage 1 reads S1ContextPtr"
    );
}
