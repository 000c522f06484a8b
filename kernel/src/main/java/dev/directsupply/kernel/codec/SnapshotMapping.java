package dev.directsupply.kernel.codec;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/**
 * The configuration every snapshot mapper shares: a target property left unmapped is a compile
 * error, so a field added to an aggregate cannot silently vanish from its stored form.
 */
@MapperConfig(unmappedTargetPolicy = ReportingPolicy.ERROR, unmappedSourcePolicy = ReportingPolicy.IGNORE)
public interface SnapshotMapping {
}
