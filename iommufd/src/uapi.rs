//! The iommufd and VFIO user API this harness uses, as Linux 7.3 declares it
//! (`include/uapi/linux/iommufd.h`, `include/uapi/linux/vfio.h`): ioctl numbers and argument
//! layouts. Every ioctl of both is `_IO(';', nr)` (no size or direction bits): the argument
//! starts with its own size.

/// `_IO(type, nr)`: type in bits 15:8, number in bits 7:0, no size and no direction.
const fn io(ty: u8, nr: u8) -> u64 {
    ((ty as u64) << 8) | nr as u64
}

/// `IOMMUFD_TYPE` and `VFIO_TYPE`: both `';'`.
const TYPE: u8 = b';';
/// `VFIO_BASE`.
const VFIO_BASE: u8 = 100;

/// `IOMMU_DESTROY` (`IOMMUFD_CMD_DESTROY` = 0x80).
pub const IOMMU_DESTROY: u64 = io(TYPE, 0x80);
/// `IOMMU_IOAS_ALLOC` (0x81).
pub const IOMMU_IOAS_ALLOC: u64 = io(TYPE, 0x81);
/// `IOMMU_IOAS_MAP` (0x85).
pub const IOMMU_IOAS_MAP: u64 = io(TYPE, 0x85);
/// `IOMMU_HWPT_ALLOC` (0x89).
pub const IOMMU_HWPT_ALLOC: u64 = io(TYPE, 0x89);
/// `IOMMU_GET_HW_INFO` (0x8a).
pub const IOMMU_GET_HW_INFO: u64 = io(TYPE, 0x8a);

/// `VFIO_DEVICE_GET_REGION_INFO` (`VFIO_BASE` + 8).
pub const VFIO_DEVICE_GET_REGION_INFO: u64 = io(TYPE, VFIO_BASE + 8);
/// `VFIO_DEVICE_BIND_IOMMUFD` (`VFIO_BASE` + 18).
pub const VFIO_DEVICE_BIND_IOMMUFD: u64 = io(TYPE, VFIO_BASE + 18);
/// `VFIO_DEVICE_ATTACH_IOMMUFD_PT` (`VFIO_BASE` + 19).
pub const VFIO_DEVICE_ATTACH_IOMMUFD_PT: u64 = io(TYPE, VFIO_BASE + 19);
/// `VFIO_DEVICE_DETACH_IOMMUFD_PT` (`VFIO_BASE` + 20).
pub const VFIO_DEVICE_DETACH_IOMMUFD_PT: u64 = io(TYPE, VFIO_BASE + 20);

/// `IOMMU_IOAS_MAP_FIXED_IOVA`.
pub const IOAS_MAP_FIXED_IOVA: u32 = 1 << 0;
/// `IOMMU_IOAS_MAP_WRITEABLE`.
pub const IOAS_MAP_WRITEABLE: u32 = 1 << 1;
/// `IOMMU_IOAS_MAP_READABLE`.
pub const IOAS_MAP_READABLE: u32 = 1 << 2;
/// `IOMMU_HWPT_ALLOC_PASID`: the HWPT may also be attached to PASIDs.
pub const HWPT_ALLOC_PASID: u32 = 1 << 3;
/// `VFIO_DEVICE_ATTACH_PASID` / `VFIO_DEVICE_DETACH_PASID`: the `pasid` field is valid.
pub const VFIO_PASID: u32 = 1 << 0;
/// `VFIO_PCI_BAR0_REGION_INDEX`.
pub const VFIO_PCI_BAR0_REGION_INDEX: u32 = 0;
/// `VFIO_PCI_CONFIG_REGION_INDEX` (after BAR0-5 and the ROM).
pub const VFIO_PCI_CONFIG_REGION_INDEX: u32 = 7;
/// `VFIO_REGION_INFO_FLAG_MMAP`.
pub const VFIO_REGION_INFO_FLAG_MMAP: u32 = 1 << 2;

/// `struct iommu_destroy`.
#[repr(C)]
#[derive(Debug, Default, Clone, Copy)]
pub struct IommuDestroy {
    pub size: u32,
    pub id: u32,
}

/// `struct iommu_ioas_alloc`.
#[repr(C)]
#[derive(Debug, Default, Clone, Copy)]
pub struct IommuIoasAlloc {
    pub size: u32,
    pub flags: u32,
    pub out_ioas_id: u32,
}

/// `struct iommu_ioas_map`.
#[repr(C)]
#[derive(Debug, Default, Clone, Copy)]
pub struct IommuIoasMap {
    pub size: u32,
    pub flags: u32,
    pub ioas_id: u32,
    pub reserved: u32,
    pub user_va: u64,
    pub length: u64,
    pub iova: u64,
}

/// `struct iommu_hwpt_alloc` (data type `IOMMU_HWPT_DATA_NONE`: a paging domain).
#[repr(C)]
#[derive(Debug, Default, Clone, Copy)]
pub struct IommuHwptAlloc {
    pub size: u32,
    pub flags: u32,
    pub dev_id: u32,
    pub pt_id: u32,
    pub out_hwpt_id: u32,
    pub reserved: u32,
    pub data_type: u32,
    pub data_len: u32,
    pub data_uptr: u64,
    pub fault_id: u32,
    pub reserved2: u32,
}

/// `struct iommu_hw_info` (no driver-specific data requested).
#[repr(C)]
#[derive(Debug, Default, Clone, Copy)]
pub struct IommuHwInfo {
    pub size: u32,
    pub flags: u32,
    pub dev_id: u32,
    pub data_len: u32,
    pub data_uptr: u64,
    pub out_data_type: u32,
    pub out_max_pasid_log2: u8,
    pub reserved: [u8; 3],
    pub out_capabilities: u64,
}

/// `struct vfio_device_bind_iommufd`.
#[repr(C)]
#[derive(Debug, Default, Clone, Copy)]
pub struct VfioDeviceBindIommufd {
    pub argsz: u32,
    pub flags: u32,
    pub iommufd: i32,
    pub out_devid: u32,
    pub token_uuid_ptr: u64,
}

/// `struct vfio_device_attach_iommufd_pt`.
#[repr(C)]
#[derive(Debug, Default, Clone, Copy)]
pub struct VfioDeviceAttachIommufdPt {
    pub argsz: u32,
    pub flags: u32,
    pub pt_id: u32,
    pub pasid: u32,
}

/// `struct vfio_device_detach_iommufd_pt`.
#[repr(C)]
#[derive(Debug, Default, Clone, Copy)]
pub struct VfioDeviceDetachIommufdPt {
    pub argsz: u32,
    pub flags: u32,
    pub pasid: u32,
}

/// `struct vfio_region_info` (without capabilities).
#[repr(C)]
#[derive(Debug, Default, Clone, Copy)]
pub struct VfioRegionInfo {
    pub argsz: u32,
    pub flags: u32,
    pub index: u32,
    pub cap_offset: u32,
    pub size: u64,
    pub offset: u64,
}

/// The `size`/`argsz` field of a uAPI argument: its length in bytes.
pub const fn size_of<T>() -> u32 {
    core::mem::size_of::<T>() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ioctl_numbers_are_the_headers() {
        // _IO(';', 0x80) = 0x3b80; VFIO_BASE + 18 = 118 = 0x76.
        assert_eq!(IOMMU_DESTROY, 0x3b80);
        assert_eq!(IOMMU_HWPT_ALLOC, 0x3b89);
        assert_eq!(IOMMU_GET_HW_INFO, 0x3b8a);
        assert_eq!(VFIO_DEVICE_GET_REGION_INFO, 0x3b6c);
        assert_eq!(VFIO_DEVICE_BIND_IOMMUFD, 0x3b76);
        assert_eq!(VFIO_DEVICE_ATTACH_IOMMUFD_PT, 0x3b77);
        assert_eq!(VFIO_DEVICE_DETACH_IOMMUFD_PT, 0x3b78);
    }

    #[test]
    fn layouts_are_the_headers() {
        // Sizes and offsets as the C structs lay them out (__aligned_u64 on 8 bytes).
        assert_eq!(size_of::<IommuDestroy>(), 8);
        assert_eq!(size_of::<IommuIoasAlloc>(), 12);
        assert_eq!(size_of::<IommuIoasMap>(), 40);
        assert_eq!(core::mem::offset_of!(IommuIoasMap, user_va), 16);
        assert_eq!(size_of::<IommuHwptAlloc>(), 48);
        assert_eq!(core::mem::offset_of!(IommuHwptAlloc, data_uptr), 32);
        assert_eq!(core::mem::offset_of!(IommuHwptAlloc, fault_id), 40);
        assert_eq!(size_of::<IommuHwInfo>(), 40);
        assert_eq!(core::mem::offset_of!(IommuHwInfo, out_max_pasid_log2), 28);
        assert_eq!(core::mem::offset_of!(IommuHwInfo, out_capabilities), 32);
        assert_eq!(size_of::<VfioDeviceBindIommufd>(), 24);
        assert_eq!(size_of::<VfioDeviceAttachIommufdPt>(), 16);
        assert_eq!(size_of::<VfioDeviceDetachIommufdPt>(), 12);
        assert_eq!(size_of::<VfioRegionInfo>(), 32);
    }
}
