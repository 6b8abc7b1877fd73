package org.aimcgen.exec;

/**
 * sbatch refused the job array (an unknown partition or account, a time limit over the partition's, a memory
 * request no node has): the user's settings are wrong, nothing was submitted, and the task folders are gone.
 */
public final class SubmitRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SubmitRefusedException(String message) {
        super(message);
    }
}
