/**
 * Product search: Hibernate Search's index of the catalog's active products (Lucene on local disk
 * by default, Elasticsearch or OpenSearch at scale), full-text queries with typo tolerance, facets,
 * suggestions, a short query cache and a log of what shoppers look for. It reads the catalog's
 * entities only to index them and hands product ids back to the catalog to show.
 */
package org.meridianshop.search;
