//! Backends of the iommugen pipeline (filled by the code-generation stage).
