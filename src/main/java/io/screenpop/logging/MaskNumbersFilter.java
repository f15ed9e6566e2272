package io.screenpop.logging;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtLogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * With {@code LOG_MASK_NUMBERS=true}, masks callers' numbers ({@link NumberMask}) in every log line the
 * console and file handlers write (screenpop, lookup, 3CX, writes …); the record is formatted once and
 * its text replaced. Off by default: the filter then lets every record through untouched.
 */
@LoggingFilter(name = "mask-numbers")
public final class MaskNumbersFilter implements Filter {

    private final boolean enabled;

    /** @param enabled {@code LOG_MASK_NUMBERS} */
    public MaskNumbersFilter(@ConfigProperty(name = "log.mask-numbers", defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * @param record a log record
     * @return always {@code true} (nothing is dropped); the record's text is masked when enabled
     */
    @Override
    public boolean isLoggable(LogRecord record) {
        if (!enabled) {
            return true;
        }
        if (record instanceof ExtLogRecord ext) {
            String formatted = ext.getFormattedMessage();
            String masked = NumberMask.mask(formatted);
            if (masked != null && !masked.equals(formatted)) {
                ext.setMessage(masked, ExtLogRecord.FormatStyle.NO_FORMAT);
                ext.setParameters(null);
            }
        } else if (record.getMessage() != null && (record.getParameters() == null || record.getParameters().length == 0)) {
            record.setMessage(NumberMask.mask(record.getMessage()));
        }
        return true;
    }
}
