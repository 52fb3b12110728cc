package org.dialoguetracker.shared;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that lives as long as the current transaction: made the first time it is asked for, the same value for the
 * rest of the transaction, forgotten when it ends (the data versions of a read-only page, the history revision of a
 * bulk write).
 */
public final class TransactionResources {

    private TransactionResources() {
    }

    /**
     * The value kept under {@code key} in the current transaction, made by {@code make} if there is none yet.
     * Transaction synchronization must be active.
     */
    @SuppressWarnings("unchecked")
    public static <T> T once(Object key, Supplier<T> make) {
        T value = (T) TransactionSynchronizationManager.getResource(key);
        if (value == null) {
            value = make.get();
            TransactionSynchronizationManager.bindResource(key, value);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
        }
        return value;
    }
}
