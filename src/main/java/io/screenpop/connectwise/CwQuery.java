package io.screenpop.connectwise;

/**
 * The parameters of one ConnectWise list request, typed instead of positional: {@code conditions}
 * (built by {@link Conditions}, so user text is escaped), {@code fields}, {@code orderBy} and
 * {@code pageSize} (1..1000, ConnectWise's cap). Immutable; start from {@link #all()} or
 * {@link #where(Conditions)} and refine with the withers:
 * <pre>
 * CwQuery.where(Conditions.eq("inactiveFlag", false)).fields("id,name").orderBy("name asc").pageSize(1000)
 * </pre>
 *
 * @param conditions the {@code conditions} filter, or {@code null} for every record
 * @param fields     comma-separated {@code fields}, or {@code null} for ConnectWise's full records
 * @param orderBy    {@code orderBy}, e.g. {@code id desc}, or {@code null}
 * @param pageSize   records per page, 1..1000
 */
public record CwQuery(Conditions conditions, String fields, String orderBy, int pageSize) {

    /** ConnectWise's largest page. */
    public static final int MAX_PAGE_SIZE = 1000;

    /** Clamps the page size to 1..1000. */
    public CwQuery {
        pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
    }

    /** @return every record, in pages of 1000 */
    public static CwQuery all() {
        return new CwQuery(null, null, null, MAX_PAGE_SIZE);
    }

    /** @param conditions the filter @return the records matching it, in pages of 1000 */
    public static CwQuery where(Conditions conditions) {
        return new CwQuery(conditions, null, null, MAX_PAGE_SIZE);
    }

    /** @param fieldList comma-separated field names @return this query reading only those fields */
    public CwQuery fields(String fieldList) {
        return new CwQuery(conditions, fieldList, orderBy, pageSize);
    }

    /** @param order e.g. {@code lastName asc, firstName asc} @return this query in that order */
    public CwQuery orderBy(String order) {
        return new CwQuery(conditions, fields, order, pageSize);
    }

    /** @param size records per page (clamped to 1..1000) @return this query with that page size */
    public CwQuery pageSize(int size) {
        return new CwQuery(conditions, fields, orderBy, size);
    }

    /** @return the conditions string, or {@code null} when there is no filter */
    public String conditionsText() {
        return conditions == null ? null : conditions.toString();
    }
}
