/**
 * The HTTP API of rano: {@link org.rano.serve.RanoServer} serves {@code POST /v1/score}, {@code
 * POST /v1/score/batch}, {@code POST /v1/classify}, {@code GET /v1/criteria}, {@code GET
 * /openapi.json} and {@code GET /healthz}.
 */
@NullMarked
package org.rano.serve;

import org.jspecify.annotations.NullMarked;
