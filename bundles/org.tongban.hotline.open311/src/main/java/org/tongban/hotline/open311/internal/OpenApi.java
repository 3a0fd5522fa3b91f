package org.tongban.hotline.open311.internal;

/** The routes' OpenAPI fragments; the documents themselves follow GeoReport v2. */
final class OpenApi {
    static final String GET =
            """
            {"paths":{"/open311/v2/{resource}":{"get":{"summary":"Open311 GeoReport v2: discovery.xml|json, services.xml|json, requests.xml|json","tags":["open311"],"parameters":[{"name":"resource","in":"path","required":true,"schema":{"type":"string"}}],"responses":{"200":{"description":"the document"},"400":{"description":"errors"},"404":{"description":"errors: no such resource, or no .xml or .json"}}}},
            "/open311/v2/services/{code}":{"get":{"summary":"Open311 service definition (code.xml|json)","tags":["open311"],"parameters":[{"name":"code","in":"path","required":true,"schema":{"type":"string"}}],"responses":{"200":{"description":"service_definition"},"404":{"description":"errors"}}}},
            "/open311/v2/requests/{id}":{"get":{"summary":"Open311 service request (id.xml|json)","tags":["open311"],"parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}}],"responses":{"200":{"description":"service_requests"},"404":{"description":"errors"}}}},
            "/open311/v2/tokens/{id}":{"get":{"summary":"Open311 token (id.xml|json)","tags":["open311"],"parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}}],"responses":{"200":{"description":"service_requests"},"404":{"description":"errors"}}}}}}""";

    static final String POST =
            """
            {"paths":{"/open311/v2/{resource}":{"post":{"summary":"Open311 POST requests.xml|json (form fields, api_key)","tags":["open311"],"parameters":[{"name":"resource","in":"path","required":true,"schema":{"type":"string"}}],"responses":{"200":{"description":"service_requests"},"400":{"description":"errors"},"403":{"description":"errors"},"404":{"description":"errors: no such resource, or no .xml or .json"}}}}}}""";

    private OpenApi() {}
}
