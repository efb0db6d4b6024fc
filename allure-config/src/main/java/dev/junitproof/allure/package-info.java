/**
 * What Allure needs to show proof runs, with no wiring: the {@link dev.junitproof.allure.ProofAllureObserver} (labels,
 * parameters, links and attachments of each check and level) and {@link dev.junitproof.allure.ProofAllureRunFiles}
 * (categories, environment, executor), both registered through {@code META-INF/services}.
 */
@API(status = INTERNAL, since = "0.1")
package dev.junitproof.allure;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;
