package tfr.io;

/** What a writer does when its destination already exists. */
public enum Overwrite {
    /** Refuse: the existing file is kept and the write fails with {@link OutputExistsException}. */
    REFUSE,
    /** Replace the existing file (atomically: readers see the old or the new file, never a half file). */
    REPLACE
}
