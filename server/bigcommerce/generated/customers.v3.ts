/**
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Source spec: customers.v3.yml (BigCommerce official OpenAPI, unmodified upstream copy)
 * Upstream:    bigcommerce/docs@24f580ca6d2981728b7ed70a2049e00fc602c335
 * Generator:   scripts/gen-bc-types.ts (`npm run gen:bc-types`), openapi-typescript 7.13.0
 * Spec dir:    $BC_SPECS_DIR or ../shared/bigcommerce/specs relative to the repo root
 * Friendly aliases and spec corrections live in server/bigcommerce/types.ts.
 */
/* eslint-disable */
export interface paths {
    "/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get All Customers
         * @description Returns a list of Customers. Optional filter parameters can be passed in.
         *
         *     **Notes**
         *
         *     Attribute names are not available on the customer object.
         */
        get: operations["getCustomers"];
        /**
         * Update Customers
         * @description Updates Customers. Subresource updates are not supported.
         *
         *     **Required Fields**
         *     * id -- ID of the *Customer* This must be included in the request body
         *
         *     **Read Only Fields**
         *     * id
         *     * registration_ip_address
         *     * date_created
         *     * date_modified
         *     * origin_channel_id
         *
         *     **Limits**
         *     * Limit of 10 customers per call.
         *     * Limit of 3 concurrent requests
         *
         *     **Notes**
         *
         *     * Attributes Values can not be updated using Update a Customer. Use the [Update customer attribute values](/docs/rest-management/customers/customer-attribute-values#upsert-customer-attribute-values) endpoint.
         *     * channel_ids -- Updating the list of channels a customer can access may create some side effects in a multi-storefront situation. This list determines which customer account we will use to authenticate a shopper given a channel.
         *     * origin_channel_id -- This is an immutable value set as a reference to the channel of origin when a customer is created.
         */
        put: operations["updateCustomers"];
        /**
         * Create Customers
         * @description Creates Customers. Create up to 10 customers in one call.
         *
         *     **Required Fields**
         *     * last_name
         *     * first_name
         *     * email
         *
         *     **Required Fields Customer Address**
         *     * first_name
         *     * city
         *     * country_code
         *     * last_name
         *     * address1
         *
         *     **Required Fields Attributes**
         *     * Attributes must be [created](/docs/rest-management/customers/customer-attributes#create-a-customer-attribute) **BEFORE** creating a customer.
         *     * attribute_id
         *     * attribute_value -- This is input as a string, regardless of the [Type](/docs/rest-management/customers/customer-attributes#create-a-customer-attribute).
         *
         *     **Notes**
         *
         *     A customer can be created with global access or channel-specific access.
         *     * **Global access:**
         *       * Make sure the channel has `allow_global_logins` enabled. This is on by default only for the default storefront. Find more info at [Customer Settings > Channel](/docs/rest-management/customers/customer-settings-channel).
         *       * Omit `channel_ids` field, or provide `channel_ids: null`.
         *     * **Channel-specific access:**
         *       * Provide a `channel_ids` array containing the channels accessible by the customer. This array cannot be empty.
         */
        post: operations["createCustomers"];
        /**
         * Delete Customers
         * @description Deletes Customers.
         *
         *     **Required Query**
         *     * id:in -- ID of the customer
         *
         *     **Notes**
         *
         *     A query is required to delete customers. If not provided, a 204 is returned, with no changes to the data.
         */
        delete: operations["deleteCustomers"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get All Customer Addresses
         * @description Returns a list of Customer Addresses. Optional filter parameters can be passed in.
         */
        get: operations["getCustomersAddresses"];
        /**
         * Update a Customer Address
         * @description Updates a Customer Address. Multiple customer addresses can be updated in one call.
         *
         *     **Required Fields**
         *     * **id** -- ID of the *Customer Address*
         *
         *     **Limits**
         *     * Limit of **3** concurrent requests.
         *
         *     **Notes**
         *     * A unique customer address is a combination of the following core address fields:
         *       * **first_name**
         *       * **last_name**
         *       * **company**
         *       * **phone**
         *       * **address_type**
         *       * **address1**
         *       * **address2**
         *       * **city**
         *       * **country_code**
         *       * **state_or_province**
         *       * **postal_code**
         *     * An attempt to update an address such that it becomes identical to another address that already exists will result in no change to the target address or custom form field values. The response will have an HTTP 200 return code, and the address will be absent from the response body.
         */
        put: operations["updateCustomersAddresses"];
        /**
         * Create a Customer Address
         * @description Creates a Customer Address. Multiple customer addresses can be created in one call.
         *
         *     **Required Fields**
         *     * **customer_id**
         *     * **first_name**
         *     * **last_name**
         *     * **city**
         *     * **country_code**
         *     * **address1**
         *     * **state_or_province**
         *     * **postal_code**
         *
         *     **Notes**
         *     * A unique customer address is a combination of the following core address fields:
         *       * **customer_id**
         *       * **first_name**
         *       * **last_name**
         *       * **company**
         *       * **phone**
         *       * **address_type**
         *       * **address1**
         *       * **address2**
         *       * **city**
         *       * **country_code**
         *       * **state_or_province**
         *       * **postal_code**
         *     * An attempt to create an address that already exists will result in no change to the address or custom form field values, an HTTP 200 return code, and the address will be absent from the response body.
         *     * The default rate limit for this endpoint is 10 concurrent requests.
         */
        post: operations["createCustomersAddresses"];
        /**
         * Delete a Customer Address
         * @description Deletes a Customer Address.
         *
         *     **Required Query**
         *     * id:in -- ID of the *Customer Address*
         */
        delete: operations["deleteCustomersAddresses"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/validate-credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate a customer credentials
         * @description Validate a customer credentials - This endpoint has special rate limiting protections to protect against abuse.
         */
        post: operations["validateCustomerCredentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Customer Settings
         * @description Returns the global-level customer settings.
         *
         *     **Notes:**
         *     * Global customer settings don't apply on a channel when there are channel specific settings configured through [Channel Settings](/docs/rest-management/customers/channel-settings).
         */
        get: operations["getCustomersSettings"];
        /**
         * Update Customer Settings
         * @description Updates the customer settings on the global level.
         */
        put: operations["updateCustomersSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/settings/channels/{channel_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel_id: string;
            };
            cookie?: never;
        };
        /**
         * Get Customer Settings per Channel
         * @description Returns the customer settings per channel.
         *
         *     **Notes:**
         *
         *      * `null` value configuration indicates that there is no override provided for a given channel; thus, values are inherited from [Global Settings](/docs/rest-management/customers/global-settings).
         */
        get: operations["getCustomersSettingsChannel"];
        /**
         * Update Customer Settings per Channel
         * @description Update the customer settings per channel
         *
         *     **Required Fields**
         *
         *     * `channel_id`: Provide a `channel_id` array containing one or more channel IDs. Customers will have access to these channels and no others. This array cannot be empty.
         *
         *     **Notes**
         *
         *     * Setting `null` will delete override per given channel, and values will be inherited from the global level. Make sure the channel has `allow_global_logins` enabled.
         */
        put: operations["updateCustomersSettingsChannel"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get All Customer Attributes
         * @description Returns a list of Customer Attributes. You can pass in optional filter parameters.
         */
        get: operations["getCustomersAttributes"];
        /**
         * Update a Customer Attribute
         * @description Updates a Customer Attribute. Multiple customer attributes can be updated in one call.
         *
         *     **Required Fields**
         *     * id -- ID of the *Customer Attribute*
         *
         *     Once the data type is set, it can not be changed. The attribute will need to be deleted then created again with the new data type. This will also delete it from the customer.
         *
         *     **Limits**
         *     * Limit of 3 concurrent requests.
         */
        put: operations["updateCustomersAttributes"];
        /**
         * Create a Customer Attribute
         * @description Creates a Customer Attribute. Multiple customer attributes can be created in one call.
         *
         *     **Required Fields**
         *     * name
         *     * type
         *
         *     **Limits**
         *     * Limit of 3 concurrent requests.
         *
         *     **Notes**
         *
         *     Once the data type is set, it cannot be changed. The attribute will need to be deleted then created again with the new data type. This will also delete it from the customer.
         *
         *     Customer attributes are created separately from the customer. After the name and type are created, then the attributes can be added to the customer.
         *
         *     A store cannot have more than 50 customer attributes.
         */
        post: operations["createCustomersAttributes"];
        /**
         * Delete Customer Attributes
         * @description Deletes Customer Attributes from the store.
         *
         *     **Required Query**
         *     * id:in -- ID of the *Customer Attribute*
         */
        delete: operations["deleteCustomersAttributes"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/attribute-values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get All Customer Attribute Values
         * @description Returns a list of Customer Attribute Values. Optional filter parameters can be passed in.
         */
        get: operations["getCustomersAttributeValues"];
        /**
         * Upsert Customer Attribute Values
         * @description Upserts Customer Attribute Values. Updates the attribute values on the Customer. Multiple customer attribute values can be updated in one call.
         *
         *     Upsert checks for an existing record. If there is none, it creates the record, if there is a matching record, it updates that record.
         *
         *     **Limits**
         *     * Limit of 10 customers per call.
         *     * Limit of 3 concurrent requests.
         */
        put: operations["upsertCustomersAttributeValues"];
        post?: never;
        /**
         * Delete Customer Attribute Values
         * @description Deletes Customer Attribute Values. Deletes the attribute value from the customer.
         *
         *     **Required Query**
         *     * id:in - ID of the *Customer Attribute Value*
         */
        delete: operations["deleteCustomersAttributeValues"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/form-field-values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Customer Form Field Values
         * @description Returns a list of form field values for the Customer or Customer Address object.
         *
         *     To learn about adding and managing form fields, see [Adding and Editing Fields in the Account Signup Form](https://support.bigcommerce.com/s/article/Editing-Form-Fields).
         */
        get: operations["getCustomersFormFieldValues"];
        /**
         * Upsert Customer Form Field Values (Deprecated)
         * @description This endpoint is deprecated. Use [Update a Customer Address](/docs/rest-management/customers/addresses#update-a-customer-address) and [Update Customers](/docs/rest-management/customers#update-customers) endpoints instead.
         *
         *     To learn more about editing form fields, see [Adding and Editing Fields in the Account Signup Form](https://support.bigcommerce.com/s/article/Editing-Form-Fields).
         *
         *     **Limits**
         *     * Limit of 10 concurrent requests.
         */
        put: operations["updateCustomerFormFieldValues"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customerId}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the customer. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        /**
         * Get Customer Consent
         * @description Gets the status of a customerʼs consent to allow data collection by cookies and scripts while shopping on a storefront.
         */
        get: operations["getCustomerConsent"];
        /**
         * Update Customer Consent
         * @description Updates the status of a customerʼs consent to allow data collection by cookies and scripts while shopping on a storefront.
         */
        put: operations["updateCustomerConsent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customerId}/stored-instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Stored Instruments
         * @description Lists all available stored instruments for a customer. This list will include all types of stored instruments namely card, account and bank_account instruments
         */
        get: operations["getCustomerStoredInstruments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customerId}/metafields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Customer Metafields
         * @description Gets customer metafields by passing the `customerId` in the query parameters.
         */
        get: operations["getCustomersMetafields"];
        put?: never;
        /**
         * Create Customer Metafields
         * @description Creates Customer metafields by passing the `customerId` in the query parameters.
         */
        post: operations["createCustomerMetafields"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customerId}/metafields/{metafieldId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Customer Metafield
         * @description Returns a single *Customer Metafield*.
         */
        get: operations["getMetafieldsCustomerId"];
        /**
         * Update a Metafield
         * @description Updates customer metafields. To update the customer metafields, use 'customerId' and 'metafield' in the query parameters.
         */
        put: operations["updateCustomerMetafield"];
        post?: never;
        /**
         * Delete a Customer Metafield
         * @description Deletes a customer metafield. To delete a customer metafield, use 'customerId' and 'metafieldId' in the query parameters.
         */
        delete: operations["deleteCustomerMetafieldsId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/metafields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get All Customer Metafields
         * @description Get all customer metafields.
         */
        get: operations["getAllCustomersMetafields"];
        /**
         * Update Multiple Metafields
         * @description Create multiple metafields.
         */
        put: operations["updateCustomersMetafields"];
        /**
         * Create Multiple Metafields
         * @description Create multiple metafields.
         */
        post: operations["createCustomersMetafields"];
        /**
         * Delete Multiple Metafields
         * @description Delete all customer metafields.
         */
        delete: operations["deleteCustomersMetafields"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Pagination
         * @description Data about the response, including pagination and collection totals.
         */
        Pagination: {
            /**
             * @description Total number of items in the result set.
             * @example 36
             */
            total?: number;
            /**
             * @description Total number of items in the collection response.
             * @example 36
             */
            count?: number;
            /**
             * @description The amount of items returned in the collection per page, controlled by the limit parameter.
             * @example 50
             */
            per_page?: number;
            /**
             * @description The page you are currently on within the collection.
             * @example 1
             */
            current_page?: number;
            /**
             * @description The total number of pages in the collection.
             * @example 1
             */
            total_pages?: number;
            /** @description Pagination links for the previous and next parts of the whole collection. */
            links?: {
                /** @description Link to the previous page returned in the response. */
                previous?: string;
                /**
                 * @description Link to the current page returned in the response.
                 * @example ?page=1&limit=50
                 */
                current?: string;
                /** @description Link to the next page returned in the response. */
                next?: string;
            };
        };
        /**
         * CursorPagination
         * @description Data about the response, including cursor pagination and collection totals.
         */
        CursorPagination: {
            /**
             * @description Total number of items in the collection response.
             * @example 36
             */
            count?: number;
            /**
             * @description The amount of items returned in the collection per page, controlled by the limit parameter.
             * @example 50
             */
            per_page?: number;
            /**
             * @description Cursor that is referring to a start of current page.
             * @example aWQ6Nw==
             */
            start_cursor?: string;
            /**
             * @description Cursor that is referring to a end of current page. Should be used to fetch next page.
             * @example aWQ6Nw==
             */
            end_cursor?: string;
            /** @description Pagination links for the previous and next parts of the whole collection. */
            links?: {
                /**
                 * @description Cursor to the previous page returned in the response.
                 * @example ?page=1&after=aWQ6Nw%3D%3D
                 */
                previous?: string;
                /**
                 * @description Cursor to the current page returned in the response.
                 * @example ?page=1&after=aWQ6Nw%3D%3D
                 */
                current?: string;
                /**
                 * @description Cursor to the next page returned in the response.
                 * @example ?page=1&after=aWQ6Nw%3D%3D
                 */
                next?: string;
            };
        };
        /**
         * _metaCollection
         * @description Data about the response, including pagination and collection totals.
         */
        _metaCollection: {
            pagination?: components["schemas"]["Pagination"];
        };
        /**
         * _metaCollection
         * @description Data about the response, including pagination and collection totals. Both `pagination` and `cursor_pagination` would be returned in the first page. Only `pagination` would be returned when page is greater than 1. Only `cursor_pagination` would be returned when `before` or `after` is provided in the request.
         */
        _metaCollectionWithCursorPagination: {
            pagination?: components["schemas"]["Pagination"];
            cursor_pagination?: components["schemas"]["CursorPagination"];
        };
        /**
         * Response meta
         * @description Response metadata.
         */
        MetaOpen: {
            [key: string]: unknown;
        };
        /** Error Response */
        ErrorResponse: {
            /**
             * Format: int32
             * @description The HTTP status code.
             */
            status?: number;
            /** @description The error title describing the particular error. */
            title?: string;
            /** @description A link to a list of BigCommerce API status codes. */
            type?: string;
            instance?: string;
            errors?: {
                [key: string]: string;
            };
        };
        /** customer_Full */
        customer_Full: {
            /** @description The email of the customer. Must be unique. */
            email?: string;
            /** @description The first name of the customer. */
            first_name?: string;
            /** @description The last name of the customer. */
            last_name?: string;
            /** @description The company of the customer. */
            company?: string;
            /** @description The phone number of the customer. */
            phone?: string;
            /** @description The IP address from which this customer was registered. */
            registration_ip_address?: string;
            /** @description The customer notes. */
            notes?: string;
            /** @description The tax exempt category code for the customer. */
            tax_exempt_category?: string;
            /**
             * Format: int32
             * @description ID of the group which this customer belongs to.
             */
            customer_group_id?: number;
            /**
             * Format: int32
             * @description The unique numeric ID of the customer.
             */
            id?: number;
            /**
             * Format: date-time
             * @description The date on which the customer was modified.
             */
            date_modified?: string;
            /**
             * Format: date-time
             * @description The date of which the customer was created.
             */
            date_created?: string;
            /**
             * Format: int32
             * @description Total number of customer addresses.
             */
            address_count?: number;
            /**
             * Format: int32
             * @description Total number of customer attributes.
             */
            attribute_count?: number;
            /**
             * Customer Authentication Base
             * @example {
             *       "force_password_reset": true
             *     }
             */
            authentication?: {
                /** @description If `true`, this customer will be forced to change password on next login. */
                force_password_reset?: boolean;
            };
            /** @description Array of customer addresses. Limited to 10. */
            addresses?: components["schemas"]["address_Full"][];
            /** @description Array of customer attributes. Limited to 10. */
            attributes?: components["schemas"]["attribute_Full"][];
            /** @description Array of form fields. Controlled by `formfields` parameter. */
            form_fields?: components["schemas"]["formFieldValue_Customer"][];
            store_credit_amounts?: components["schemas"]["CustomerStoredCreditAmounts"];
            /** @description Determines if the customer is signed up to receive either product review or abandoned cart emails or receive both emails. */
            accepts_product_review_abandoned_cart_emails?: boolean;
            /** @description Channel ID of the customer that has created the form. */
            origin_channel_id?: number;
            channel_ids?: components["schemas"]["customerChannelIds"];
        };
        /** customer_Post */
        customer_Post: {
            /** @description The email of the customer. Must be unique. */
            email: string;
            /** @description The first name of the customer. */
            first_name: string;
            /** @description The last name of the customer. */
            last_name: string;
            /** @description The company of the customer. */
            company?: string;
            /** @description The phone number of the customer. */
            phone?: string;
            /** @description The customer notes. */
            notes?: string;
            /** @description The tax exempt category code for the customer. */
            tax_exempt_category?: string;
            /**
             * Format: int32
             * @description ID of the group which this customer belongs to.
             */
            customer_group_id?: number;
            /** @description Array of customer addresses. Limited to 10. */
            addresses?: components["schemas"]["customerAddresses_CustomerPost"][];
            /** @description Array of customer attributes. Limited to 10. */
            attributes?: components["schemas"]["customerAttributes_Base"][];
            authentication?: components["schemas"]["customerAuthentication_PostPut"];
            /** @description It determines if the customer is signed up to receive either product review or abandoned cart emails or receive both emails. */
            accepts_product_review_abandoned_cart_emails?: boolean;
            store_credit_amounts?: components["schemas"]["CustomerStoredCreditAmounts"];
            /** @description Channel ID of the customer that has created the form. */
            origin_channel_id?: number;
            /**
             * @description Array of channels the customer can access.
             * @example [
             *       1,
             *       2
             *     ]
             */
            channel_ids?: number[];
            /** @description Array of form fields. Controlled by formfields parameter. */
            form_fields?: components["schemas"]["formFieldValue"][];
            /** @description Indicates whether to send a customer registered welcome email. */
            trigger_account_created_notification?: boolean;
        };
        /** customer_Put */
        customer_Put: {
            /** @description The email of the customer. Must be unique. */
            email?: string;
            /** @description The first name of the customer. */
            first_name?: string;
            /** @description The last name of the customer. */
            last_name?: string;
            /** @description The company of the customer. */
            company?: string;
            /** @description The phone number of the customer. */
            phone?: string;
            /** @description The IP address from which this customer was registered. */
            registration_ip_address?: string;
            /** @description The customer notes. */
            notes?: string;
            /** @description The tax exempt category code for the customer. */
            tax_exempt_category?: string;
            /**
             * Format: int32
             * @description ID of the group which this customer belongs to.
             */
            customer_group_id?: number;
            /**
             * Format: int32
             * @description The unique numeric ID of the customer.
             */
            id: number;
            authentication?: components["schemas"]["customerAuthentication_PostPut"];
            /** @description It determines if the customer is signed up to receive either product review or abandoned cart emails or receive both emails. */
            accepts_product_review_abandoned_cart_emails?: boolean;
            store_credit_amounts?: components["schemas"]["CustomerStoredCreditAmounts"];
            /** @description Channel ID of the customer that has created the form. */
            origin_channel_id?: number;
            /** @description Arrays of channels the customer can access. */
            channel_ids?: number[];
            /** @description Array of form fields. Controlled by formfields parameter. */
            form_fields?: components["schemas"]["formFieldValue"][];
        };
        /** attributeValue_Base */
        attributeValue_Base: {
            /**
             * Format: int32
             * @description Attribute value ID.
             */
            id?: number;
            /**
             * Format: int32
             * @description Attribute ID.
             */
            attribute_id: number;
            /**
             * @description Attribute value. This will always be a string, regardless of the attributeʼs type.
             *
             *     Corresponds to `attribute_value` used in customer attribute values `GET` requests.
             * @example string
             */
            value: string;
            /**
             * Format: int32
             * @description Customer ID.
             * @example 8504
             */
            customer_id: number;
        };
        attribute_Full: {
            /**
             * Format: int32
             * @description Attribute ID.
             * @example 2
             */
            attribute_id?: number;
            /**
             * @description Attribute value.
             * @example Yes
             */
            attribute_value?: string;
            /**
             * Format: int32
             * @description Customer ID.
             * @example 1
             */
            customer_id?: number;
            /**
             * Format: date-time
             * @description The date the customer attribute was created.
             */
            date_created?: string;
            /**
             * Format: date-time
             * @description The date the customer attribute was modified.
             */
            date_modified?: string;
            /**
             * Format: int32
             * @description Attribute value ID.
             * @example 2
             */
            id?: number;
        };
        /**
         * attribute_Put
         * @description Once the data type is set, it can not be changed. The attribute will need to be deleted then created again with the new data type. This will also delete it from the customer.
         */
        attribute_Put: {
            /** @description Attribute name. */
            name: string;
            /**
             * Format: int32
             * @description Attribute ID.
             */
            id: number;
        };
        /**
         * attribute_Post
         * @example {
         *       "name": "attribute_string 01",
         *       "type": "string"
         *     }
         */
        attribute_Post: {
            /** @description Attribute name. */
            name: string;
            /**
             * Type
             * @description Attribute type should match one of: string, number, date.
             * @example string
             * @enum {string}
             */
            type: "string" | "number" | "date";
        };
        /** address_Full */
        address_Full: {
            /** @description The first name of the customer address. */
            first_name: string;
            /** @description The last name of the customer address. */
            last_name: string;
            /** @description The company of the customer address. */
            company?: string;
            /** @description The address 1 line. */
            address1: string;
            /** @description The address 2 line. */
            address2?: string;
            /** @description The city of the customer address. */
            city: string;
            /** @description The state or province name. */
            state_or_province: string;
            /** @description The postal code of the customer address. */
            postal_code: string;
            /** @description The country code of the customer address. */
            country_code: string;
            /** @description The phone number of the customer address. */
            phone?: string;
            /**
             * Address Type
             * @description The address type. Residential or Commercial.
             * @example residential
             * @enum {string}
             */
            address_type?: "residential" | "commercial";
            /**
             * Format: int32
             * @description The customer ID.
             */
            customer_id: number;
            /**
             * Format: int32
             * @description The unique numeric ID of the address.
             */
            id: number;
            /** @description The country name of the customer address. */
            country?: string;
            /** @description Array of form fields. Controlled by `formfields` parameter. */
            form_fields?: components["schemas"]["formFieldValue"][];
        };
        /** address_Put */
        address_Put: {
            /** @description The first name of the customer address. */
            first_name?: string;
            /** @description The last name of the customer address. */
            last_name?: string;
            /** @description The company of the customer address. */
            company?: string;
            /** @description The address 1 line. */
            address1?: string;
            /** @description The address 2 line. */
            address2?: string;
            /** @description The city of the customer address. */
            city?: string;
            /**
             * @description The state or province name.
             * @example California
             */
            state_or_province?: string;
            /** @description The postal code of the customer address. */
            postal_code?: string;
            /**
             * @description The country code of the customer address.
             * @example US
             */
            country_code?: string;
            /** @description The phone number of the customer address. */
            phone?: string;
            /**
             * Address Type
             * @description The address type. Residential or Commercial.
             * @example residential
             * @enum {string}
             */
            address_type?: "residential" | "commercial";
            /**
             * Format: int32
             * @description The unique numeric ID of the address.
             * @example 1
             */
            id: number;
            /** @description Array of form fields. Controlled by formfields parameter. */
            form_fields?: components["schemas"]["formFieldValue"][];
        };
        /** address_Post */
        address_Post: {
            /**
             * @description The first name of the customer address.
             * @example John
             */
            first_name: string;
            /**
             * @description The last name of the customer address.
             * @example Doe
             */
            last_name: string;
            /**
             * @description The company of the customer address.
             * @example BigCommerce
             */
            company?: string;
            /**
             * @description The address 1 line.
             * @example 123 Example Street
             */
            address1: string;
            /**
             * @description The address 2 line.
             * @example Building 4
             */
            address2?: string;
            /**
             * @description The city of the customer address.
             * @example Austin
             */
            city: string;
            /**
             * @description The state or province name spelled out in full. It is required for countries that need a state/province to complete an address. State or province codes not accepted.
             * @example Texas
             */
            state_or_province: string;
            /**
             * @description The postal code of the customer address. It is required for countries that need postal codes to complete an address.
             * @example 78759
             */
            postal_code: string;
            /**
             * @description The country code of the customer address.
             * @example US
             */
            country_code: string;
            /**
             * @description The phone number of the customer address.
             * @example 15551234567
             */
            phone?: string;
            /**
             * Address Type
             * @description The address type. Residential or Commercial.
             * @example residential
             * @enum {string}
             */
            address_type?: "residential" | "commercial";
            /**
             * Format: int32
             * @description The customer ID.
             * @example 1
             */
            customer_id: number;
            /** @description The address custom form field values */
            form_fields?: components["schemas"]["formFieldValue"][];
        };
        /**
         * customerAddresses_Base
         * @description The `address` object for the `customer` objectʼs `addresses` array.
         * @example {
         *       "address1": "Addr 1",
         *       "address2": "",
         *       "address_type": "residential",
         *       "city": "San Francisco",
         *       "company": "History",
         *       "country_code": "US",
         *       "first_name": "Ronald",
         *       "last_name": "Swimmer",
         *       "phone": "707070707",
         *       "postal_code": "33333",
         *       "state_or_province": "California"
         *     }
         */
        customerAddresses_Base: {
            /** @description The first name of the customer address. */
            first_name: string;
            /** @description The last name of the customer address. */
            last_name: string;
            /** @description The company of the customer address. */
            company?: string;
            /** @description The address 1 line. */
            address1: string;
            /** @description The address 2 line. */
            address2?: string;
            /** @description The city of the customer address. */
            city: string;
            /** @description The state or province name. It is required for countries that need a state/province to complete an address. */
            state_or_province?: string;
            /** @description The postal code of the customer address. It is required for countries that need postal codes to complete an address. */
            postal_code?: string;
            /** @description The country code of the customer address. */
            country_code: string;
            /** @description The phone number of the customer address. */
            phone?: string;
            /**
             * Address Type
             * @description The address type. Residential or Commercial.
             * @example residential
             * @enum {string}
             */
            address_type?: "residential" | "commercial";
        };
        /**
         * customerAddresses_CustomerPost
         * @description The `address` object for the `customer` objectʼs `addresses` array.
         * @example {
         *       "address1": "Addr 1",
         *       "address2": "",
         *       "address_type": "residential",
         *       "city": "San Francisco",
         *       "company": "History",
         *       "country_code": "US",
         *       "first_name": "Ronald",
         *       "last_name": "Swimmer",
         *       "phone": "707070707",
         *       "postal_code": "33333",
         *       "state_or_province": "California",
         *       "form_fields": [
         *         {
         *           "name": "custom_field_1",
         *           "value": "Custom value"
         *         }
         *       ]
         *     }
         */
        customerAddresses_CustomerPost: {
            /** @description The first name associated with the customer address. */
            first_name: string;
            /** @description The last name of the customer address. */
            last_name: string;
            /** @description The company of the customer address. */
            company?: string;
            /** @description The address 1 line. */
            address1: string;
            /** @description The address 2 line. */
            address2?: string;
            /** @description The city of the customer address. */
            city: string;
            /** @description The state or province name. Required for countries in which valid addresses must contain a state/province. */
            state_or_province?: string;
            /** @description The postal code of the customer address. Required for countries in which valid addresses must have postal codes. */
            postal_code?: string;
            /** @description The country code of the customer address. */
            country_code: string;
            /** @description The phone number of the customer address. */
            phone?: string;
            /**
             * Address Type
             * @description The address type. Residential or Commercial.
             * @example residential
             * @enum {string}
             */
            address_type?: "residential" | "commercial";
            /** @description Array of form fields. Controlled by `formfields` parameter. */
            form_fields?: components["schemas"]["formFieldValue"][];
        };
        /** customerAuthentication_PostPut */
        customerAuthentication_PostPut: {
            /** @description If `true`, this customer will be forced to change password on next login. */
            force_password_reset?: boolean;
            /** @description New password for customer. Write only field. */
            new_password?: string;
        };
        /**
         * Links
         * @description Pagination links for the previous and next parts of the whole collection.
         */
        Links: {
            /** @description Link to the previous page returned in the response. */
            previous?: string;
            /** @description Link to the current page returned in the response. */
            current?: string;
            /** @description Link to the next page returned in the response. */
            next?: string;
        };
        /** Generic Form Field Value */
        formFieldValue: {
            /**
             * @description The form field name.
             * @example color
             */
            name: string;
            value: string | number | string[];
        };
        /** Customer Form Field Value */
        formFieldValue_Customer: {
            /**
             * @description The form field name.
             * @example color
             */
            name: string;
            value: string | number | string[];
            customer_id: number;
        };
        /** Customer Address Form Field Value */
        formFieldValue_Address: {
            /**
             * @description The form field name.
             * @example color
             */
            name: string;
            value: string | number | string[];
            /**
             * @description The Customer Address ID.
             * @example 1
             */
            address_id: number;
        };
        /** formFieldValue_Full */
        formFieldValue_Full: components["schemas"]["formFieldValue_Customer"] | components["schemas"]["formFieldValue_Address"];
        /**
         * consent_Full
         * @description Response payload for the BigCommerce API.
         */
        consent_Full: {
            allow?: components["schemas"]["consentAllow"];
            deny?: components["schemas"]["Deny"];
            /**
             * Format: date-time
             * @description The date of which the customer consent was last updated.
             *
             *     > NOTE
             *     >
             *     > Currently, this field returns the time of the current API Call, not the time of last update. For PUT requests, this is typically accurate; however, it will not be accurate for GET requests.
             */
            updated_at?: string;
        };
        /**
         * consentAllow
         * @example [
         *       "essential",
         *       "targeting",
         *       "functional"
         *     ]
         */
        consentAllow: ("essential" | "functional" | "analytics" | "targeting")[];
        /**
         * Deny
         * @example [
         *       "analytics"
         *     ]
         */
        Deny: ("essential" | "functional" | "analytics" | "targeting")[];
        /**
         * DeclareCustomerConsentRequest
         * @description Request payload for the BigCommerce API.
         */
        DeclareCustomerConsentRequest: {
            allow?: components["schemas"]["consentAllow"];
            deny?: components["schemas"]["Deny"];
        };
        /** customerAttributes_Base */
        customerAttributes_Base: {
            /**
             * Format: int32
             * @description Attribute ID.
             * @example 55
             */
            attribute_id?: number;
            /**
             * @description Attribute value. This will always be a string, regardless of the attribute’s type.
             * @example string
             */
            attribute_value?: string;
        };
        /**
         * customerChannelIds
         * @description Array of channel ids the Customer has access to.
         */
        customerChannelIds: unknown[];
        /**
         * Card Instrument
         * @description Details about a stored card instrument which includes details around billing, last 4 digits, issuer, etc.
         */
        CardInstrument: {
            /**
             * @description Type of instrument. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "stored_card";
            /**
             * @description An identifier representing this stored instrument.
             * @example 84596bea275fa254da820056bdc3e495bdf01fd11c51b0336347d447ee16200c
             */
            token?: string;
            /** @description Identifies whether this stored instrument is default for the customer. */
            is_default?: boolean;
            /**
             * @description Card brand.
             * @example VISA
             */
            brand?: string;
            /** @description Expiry month for this card. */
            expiry_month?: number;
            /** @description Expiry year for this card. */
            expiry_year?: number;
            /**
             * @description Issuer identification number for this card.
             * @example 411111
             */
            issuer_identification_number?: string;
            /**
             * @description Last four digits of this card.
             * @example 1111
             */
            last_4?: string;
            billing_address?: components["schemas"]["BillingAddress"];
        };
        /**
         * PayPal Account Instrument
         * @description A PayPal account stored instrument.
         */
        PayPalAccountInstrument: {
            /**
             * @description Instrument type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "stored_paypal_account";
            /**
             * @description An identifier representing this stored instrument.
             * @example 84596bea275fa254da820056bdc3e495bdf01fd11c51b0336347d447ee16200c
             */
            token?: string;
            /** @description Identifies whether this stored instrument is default for the customer. */
            is_default?: boolean;
            /**
             * @description PayPal email address.
             * @example bc-buyer-paypal-express@example.com
             */
            email?: string;
        };
        /**
         * Bank Account Instrument
         * @description A stored bank account instrument.
         */
        BankAccountInstrument: {
            /**
             * @description Instrument type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "stored_bank_account";
            /**
             * @description An identifier representing this stored instrument.
             * @example 84596bea275fa254da820056bdc3e495bdf01fd11c51b0336347d447ee16200c
             */
            token?: string;
            /** @description Identifies whether this stored instrument is default for the customer. */
            is_default?: boolean;
            /**
             * @description A masked bank account number.
             * @example 12XXX56
             */
            masked_account_number?: string;
            /**
             * @description Issuer identifier for the account.
             * @example DE001
             */
            issuer?: string;
        };
        BillingAddress: {
            /**
             * @description First name of the card holder.
             * @example Tester
             */
            first_name?: string;
            /**
             * @description Last name of the card holder.
             * @example Tester
             */
            last_name?: string;
            /** @example example@example.com */
            email?: string;
            /**
             * @description Company of the card holder.
             * @example Test Company
             */
            company?: string;
            /** @example 1 Sample Street */
            address1?: string;
            /** @example Apt 1 */
            address2?: string;
            /** @example Las Vegas */
            city?: string;
            /** @example 90854 */
            postal_code?: string;
            /**
             * @description Represents state or province.
             * @example Nevada
             */
            state_or_province?: string;
            /** @example NV */
            state_or_province_code?: string;
            /**
             * @description ISO-3166-1 2 letter country code.
             * @example US
             */
            country_code?: string;
            /** @example 101-192-0293 */
            phone?: string;
        };
        /**
         * Format: double
         * @description Store credit.
         */
        CustomerStoredCreditAmounts: {
            /**
             * Format: float
             * @example 43.15
             */
            amount?: number;
        }[];
        /**
         * CustomerSettingsObject
         * @description Customer Settings.
         */
        CustomerSettingsObject: {
            /** @description Controls the privacy settings. */
            privacy_settings?: {
                /** @description Determines if a customer requires consent for tracking privacy. */
                ask_shopper_for_tracking_consent?: boolean;
                /**
                 * @description The URL for a websiteʼs privacy policy.
                 * @example https://bigcommmerce.com/policy
                 */
                policy_url?: string;
            };
            /** @description The settings for a collection of customers. */
            customer_group_settings?: {
                /**
                 * @description The ID for a guest customer group.
                 * @example 0
                 */
                guest_customer_group_id?: number;
                /**
                 * @description The ID for a default customer group.
                 * @example 0
                 */
                default_customer_group_id?: number;
            };
        };
        /** CustomerChannelSettingsObject */
        CustomerChannelSettingsObject: {
            /** @description Controls the privacy settings. */
            privacy_settings?: {
                /** @description Determines if a customer requires consent for tracking privacy. */
                ask_shopper_for_tracking_consent?: boolean;
                /**
                 * @description The URL for a websiteʼs privacy policy.
                 * @example https://bigcommmerce.com/policy
                 */
                policy_url?: string;
            };
            /** @description The settings for a collection of customers. */
            customer_group_settings?: {
                /**
                 * @description The ID for a guest customer group.
                 * @example 0
                 */
                guest_customer_group_id?: number;
                /**
                 * @description The ID for a default customer group.
                 * @example 0
                 */
                default_customer_group_id?: number;
            };
            /**
             * @description * Determines if a channel allows global customer to login
             *     * Determines if customers created on this channel will get global access/login
             */
            allow_global_logins?: boolean;
        };
        /** ValidateCustomerCredentialsObject */
        ValidateCustomerCredentialsObject: {
            /** @description Customer email address. */
            email: string;
            /** @description Customer password. */
            password: string;
            /** @description ChannelId to check the customer credentials against - If this field is empty we will use channel 1. */
            channel_id?: number;
        };
        /** ValidateCustomerCredentialsResponseObject */
        ValidateCustomerCredentialsResponseObject: {
            /** @description Returns the customer ID. */
            customer_id?: number | null;
            /** @description indicates if the provided credentials are valid. */
            is_valid?: boolean;
        };
        /** @description Common metafield properties. */
        Metafield: {
            /**
             * @description Determines the visibility and writeability of the field by other API consumers.
             *     | Value | Description |
             *     | :--- | :--- |
             *     | `app_only` | Private to the app that owns the field. |
             *     | `read` | Visible to other API consumers. |
             *     | `write` | Open for reading and writing by other API consumers. |
             *     | `read_and_sf_access` | Visible to other API consumers, including on storefront. |
             *     | `write_and_sf_access` | Open for reading and writing by other API consumers, including on storefront. |
             * @enum {string}
             */
            permission_set: "app_only" | "read" | "write" | "read_and_sf_access" | "write_and_sf_access";
            /**
             * @description Namespace for the metafield, for organizational purposes.
             * @example Sales Department
             */
            namespace: string;
            /**
             * @description The name of the field, for example: `location_id`, `color`.
             * @example Staff Name
             */
            key: string;
            /**
             * @description The value of the field, for example: `1`, `blue`.
             * @example Ronaldo
             */
            value: string;
            /**
             * @description Description for the metafields.
             * @example order
             */
            description: string;
            /**
             * @description The type of resource with which the metafield is associated.
             * @example cart
             * @enum {string}
             */
            resource_type: "brand" | "product" | "variant" | "category" | "cart" | "channel" | "location" | "order" | "customer";
            /**
             * @description The unique identifier for the resource with which the metafield is associated.
             * @example 424242
             */
            readonly resource_id: number;
            /** @description The unique identifier for the metafield. */
            id: number;
            /**
             * Format: date-time
             * @description Date and time of the metafieldʼs creation.
             * @example 2022-06-16T18:39:00+00:00
             */
            date_created: string;
            /**
             * Format: date-time
             * @description Date and time when the metafield was last updated.
             * @example 2022-06-16T18:39:00+00:00
             */
            date_modified: string;
            /**
             * @description Client ID for the metafieldʼs creator.
             * @example ramciw4fnoz87it3ynjfif2zrkil5p
             */
            readonly owner_client_id?: string;
        };
        /** @description Response payload for the BigCommerce API. */
        MetaFieldCollectionResponse: {
            data?: components["schemas"]["Metafield"][];
            meta?: components["schemas"]["CollectionMeta"];
        };
        /** @description Response payload for the BigCommerce API. */
        MetaFieldCollectionPostPutResponses: {
            data?: components["schemas"]["Metafield"][];
            /**
             * @description Empty for 200 responses.
             * @example []
             */
            errors?: unknown[];
            meta?: components["schemas"]["CollectionMeta"];
        };
        /** @description Response payload for the BigCommerce API. */
        MetaFieldCollectionResponsePartialSuccess_POST_PUT: {
            data?: components["schemas"]["Metafield"][];
            errors?: components["schemas"]["Error"][];
            meta?: components["schemas"]["WriteCollectionPartialSuccessMeta"];
        };
        /** @description Response payload for the BigCommerce API. */
        MetaFieldCollectionResponsePartialSuccess_DELETE: {
            /**
             * @example [
             *       123
             *     ]
             */
            data?: number[];
            errors?: components["schemas"]["Error"][];
            meta?: components["schemas"]["WriteCollectionPartialSuccessMeta"];
        };
        /** @description Response payload for the BigCommerce API. */
        MetaFieldCollectionDeleteResponseSuccess: {
            /**
             * @example [
             *       123,
             *       124,
             *       125
             *     ]
             */
            data?: number[];
            /**
             * @description Empty for 200 responses.
             * @example []
             */
            errors?: unknown[];
            meta?: components["schemas"]["WriteCollectionSuccessMeta"];
        };
        /**
         * Collection Meta
         * @description Additional data about the response.
         */
        WriteCollectionPartialSuccessMeta: {
            /**
             * @description Total number of items in the result set.
             * @example 3
             */
            total?: number;
            /**
             * @description Total number of items that were successfully deleted.
             * @example 1
             */
            success?: number;
            /**
             * @description Total number of items that failed to be deleted.
             * @example 2
             */
            failed?: number;
        };
        /**
         * Collection Meta
         * @description Additional data about the response.
         */
        WriteCollectionSuccessMeta: {
            /**
             * @description Total number of items in the result set.
             * @example 3
             */
            total?: number;
            /**
             * @description Total number of items that were successfully deleted.
             * @example 3
             */
            success?: number;
            /**
             * @description Total number of items that failed to be deleted.
             * @example 0
             */
            failed?: number;
        };
        /**
         * @description Total number of items in the result set.
         * @example 3
         */
        Total: number;
        /**
         * @description Total number of items that were successfully deleted.
         * @example 1
         */
        Success: number;
        /**
         * @description Total number of items that failed to be deleted.
         * @example 2
         */
        Failed: number;
        /** @description Error response payload for the BigCommerce API. */
        Error: {
            /**
             * @description The HTTP status code for the error.
             * @example 422
             */
            status?: number;
            /**
             * @description The error title.
             * @example Bulk operation has failed
             */
            title?: string;
            /**
             * @description The error type.
             * @example https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes
             */
            type?: string;
            errors?: components["schemas"]["ErrorDetail"];
        };
        /**
         * @description Error detail response payload for the BigCommerce API.
         * @example {
         *       "1": "Unauthorized to delete",
         *       "2": "Metafield does not exist"
         *     }
         */
        ErrorDetail: {
            [key: string]: unknown;
        };
        /**
         * Collection Meta
         * @description Data about the response, including pagination and collection totals.
         */
        CollectionMeta: {
            pagination?: components["schemas"]["Pagination"];
            cursor_pagination?: components["schemas"]["CursorPagination"];
        } & {
            [key: string]: unknown;
        };
        /** @description Common Metafield properties. */
        MetafieldBase_Post: {
            /**
             * @description Determines the visibility and writeability of the field by other API consumers.
             *
             *     | Value | Description |
             *     | :--- | :--- |
             *     | `app_only` | Private to the app that owns the field. |
             *     | `read` | Visible to other API consumers. |
             *     | `write` | Open for reading and writing by other API consumers. |
             *     | `read_and_sf_access` | Visible to other API consumers, including on the storefront. |
             *     | `write_and_sf_access` | Open for reading and writing by other API consumers, including on the storefront. |
             * @enum {string}
             */
            permission_set: "app_only" | "read" | "write" | "read_and_sf_access" | "write_and_sf_access";
            /**
             * @description Namespace for the metafield, for organizational purposes.
             * @example Sales Department
             */
            namespace: string;
            /**
             * @description The name of the field, for example: `location_id`, `color`.
             * @example Staff Name
             */
            key: string;
            /**
             * @description The value of the field, for example: `1`, `blue`.
             * @example Ronaldo
             */
            value: string;
            /**
             * @description Description for the metafields.
             * @example Name of Staff Member
             */
            description?: string;
        };
        /** @description Common Metafield properties. */
        MetafieldBase_Put: {
            /**
             * @description Determines the visibility and writeability of the field by other API consumers.
             *
             *     | Value | Description |
             *     | :--- | :--- |
             *     | `app_only` | Private to the app that owns the field. |
             *     | `read` | Visible to other API consumers. |
             *     | `write` | Open for reading and writing by other API consumers. |
             *     | `read_and_sf_access` | Visible to other API consumers, including on the storefront. |
             *     | `write_and_sf_access` | Open for reading and writing by other API consumers, including on the storefront. |
             * @enum {string}
             */
            permission_set?: "app_only" | "read" | "write" | "read_and_sf_access" | "write_and_sf_access";
            /**
             * @description Namespace for the metafield, for organizational purposes.
             * @example Sales Department
             */
            namespace?: string;
            /**
             * @description The name of the field, for example: `location_id`, `color`.
             * @example Staff Name
             */
            key?: string;
            /**
             * @description The value of the field, for example: `1`, `blue`.
             * @example Ronaldo
             */
            value?: string;
            /**
             * @description Description for the metafields.
             * @example Name of Staff Member
             */
            description?: string;
        };
        /** metafield_Full */
        metafield_Full: {
            /**
             * @description Unique ID of the *Metafield*. Read-Only.
             * @example 6
             */
            readonly id?: number;
        } & components["schemas"]["metafield_Base"] & {
            /**
             * @description The type of resource with which the metafield is associated.
             * @example customer
             * @enum {string}
             */
            resource_type?: "category" | "brand" | "product" | "variant" | "customer";
            /**
             * @description The ID of the resource with which the metafield is associated.
             * @example 111
             */
            resource_id?: number;
            /**
             * Format: date-time
             * @description Date and time of the metafieldʼs creation. Read-Only.
             * @example 2018-05-07T20:14:17+00:00
             */
            readonly date_created?: string;
            /**
             * Format: date-time
             * @description Date and time when the metafield was last updated. Read-Only.
             * @example 2018-05-07T20:14:17+00:00
             */
            readonly date_modified?: string;
        };
        /**
         * metafield_Base
         * @description Metafield for products, categories, variants, and brands; the max number of metafields allowed on each is 50. For more information, see [Platform Limits](https://support.bigcommerce.com/s/article/Platform-Limits) in the Help Center.
         */
        metafield_Base: {
            /**
             * @description The name of the field, for example: `location_id`, `color`. Required for POST.
             * @example Location
             */
            key: string;
            /**
             * @description The value of the field, for example: `1`, `blue`. Required for POST.
             * @example 4HG
             */
            value: string;
            /**
             * @description Namespace for the metafield, for organizational purposes. This is set by the developer. Required for POST.
             * @example Warehouse Locations
             */
            namespace: string;
            /**
             * @description Determines the visibility and writeability of the field by other API consumers.
             *
             *     |Value|Description
             *     |-|-|
             *     |`app_only`|Private to the app that owns the field|
             *     |`read`|Visible to other API consumers|
             *     |`write`|Open for reading and writing by other API consumers|
             *     |`read_and_sf_access`|Visible to other API consumers, including on storefront|
             *     |`write_and_sf_access`|Open for reading and writing by other API consumers, including on storefront|
             * @enum {string}
             */
            permission_set: "app_only" | "read" | "write" | "read_and_sf_access" | "write_and_sf_access";
            /**
             * @description Description for the metafields.
             * @example Location in the warehouse
             */
            description?: string;
        };
        /**
         * Response meta
         * @description Response metadata.
         */
        metaEmpty_Full: {
            [key: string]: unknown;
        };
        /**
         * metaCollection_Full
         * @description Data about the response, including pagination and collection totals.
         */
        metaCollection_Full: {
            pagination?: components["schemas"]["pagination_Full"];
        };
        /**
         * Not Found
         * @description Error payload for the BigCommerce API.
         */
        NotFound: {
            /** @description 404 HTTP status code. */
            status?: number;
            /** @description The error title describing the particular error. */
            title?: string;
            type?: string;
            instance?: string;
        };
        /**
         * pagination_Full
         * @description Data about the response, including pagination and collection totals.
         */
        pagination_Full: {
            /**
             * @description Total number of items in the result set.
             * @example 36
             */
            total?: number;
            /**
             * @description Total number of items in the collection response.
             * @example 36
             */
            count?: number;
            /**
             * @description The amount of items returned in the collection per page, controlled by the limit parameter.
             * @example 50
             */
            per_page?: number;
            /**
             * @description The page you are currently on within the collection.
             * @example 1
             */
            current_page?: number;
            /**
             * @description The total number of pages in the collection.
             * @example 1
             */
            total_pages?: number;
            /** @description Pagination links for the previous and next parts of the whole collection. */
            links?: {
                /** @description Link to the previous page returned in the response. */
                previous?: string;
                /**
                 * @description Link to the current page returned in the response.
                 * @example ?page=1&limit=50
                 */
                current?: string;
                /** @description Link to the next page returned in the response. */
                next?: string;
            };
        };
    };
    responses: {
        /** @description Customer Collection Response */
        CustomerCollectionResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data?: components["schemas"]["customer_Full"][];
                    meta?: components["schemas"]["MetaOpen"];
                };
            };
        };
        /** @description Get Customer Collection Response */
        GetCustomerCollectionResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data?: components["schemas"]["customer_Full"][];
                    meta?: components["schemas"]["_metaCollectionWithCursorPagination"];
                };
            };
        };
        AddressCollectionResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data?: {
                        /** @description The address 1 line. */
                        address1: string;
                        /** @description The address 2 line. */
                        address2?: string;
                        /**
                         * Address Type
                         * @description The address type. Residential or Commercial.
                         * @example residential
                         * @enum {string}
                         */
                        address_type?: "residential" | "commercial";
                        /** @description The city of the customer address. */
                        city: string;
                        /** @description The company of the customer address. */
                        company?: string;
                        /** @description The country name of the customer address. */
                        country?: string;
                        /** @description The country code of the customer address. */
                        country_code: string;
                        /**
                         * Format: int32
                         * @description The customer ID.
                         */
                        customer_id: number;
                        /** @description The first name of the customer address. */
                        first_name: string;
                        /**
                         * Format: int32
                         * @description The unique numeric ID of the address.
                         */
                        id: number;
                        /** @description The last name of the customer address. */
                        last_name: string;
                        /** @description The phone number of the customer address. */
                        phone?: string;
                        /** @description The postal code of the customer address. */
                        postal_code: string;
                        /** @description The state or province name */
                        state_or_province: string;
                        /** @description Array of form fields. Controlled by `formfields` parameter. */
                        form_fields?: components["schemas"]["formFieldValue_Address"][];
                    }[];
                    meta?: components["schemas"]["_metaCollection"];
                };
            };
        };
        AddressCollectionResponsePostPut: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data?: {
                        /** @description The address 1 line. */
                        address1?: string;
                        /** @description The address 2 line. */
                        address2?: string;
                        /**
                         * Address Type
                         * @description The address type. Residential or Commercial
                         * @example residential
                         * @enum {string}
                         */
                        address_type?: "residential" | "commercial";
                        /** @description The city of the customer address. */
                        city?: string;
                        /** @description The company of the customer address. */
                        company?: string;
                        /** @description The country name of the customer address. */
                        country?: string;
                        /** @description The country code of the customer address. */
                        country_code?: string;
                        /**
                         * Format: int32
                         * @description The customer ID.
                         */
                        customer_id?: number;
                        /** @description The first name of the customer address. */
                        first_name?: string;
                        /**
                         * Format: int32
                         * @description The unique numeric ID of the address.
                         */
                        id?: number;
                        /** @description The last name of the customer address. */
                        last_name?: string;
                        /** @description The phone number of the customer address. */
                        phone?: string;
                        /** @description The postal code of the customer address. */
                        postal_code?: string;
                        /** @description The state or province name. */
                        state_or_province?: string;
                        /** @description Array of form fields. Controlled by `formfields` parameter. */
                        form_fields?: components["schemas"]["formFieldValue_Address"][];
                    }[];
                    meta?: components["schemas"]["MetaOpen"];
                } | {
                    data?: {
                        /** @description The address 1 line. */
                        address1?: string;
                        /** @description The address 2 line. */
                        address2?: string;
                        /**
                         * Address Type
                         * @description The address type. Residential or Commercial.
                         * @example residential
                         * @enum {string}
                         */
                        address_type?: "residential" | "commercial";
                        /** @description The city of the customer address. */
                        city?: string;
                        /** @description The company of the customer address. */
                        company?: string;
                        /** @description The country name of the customer address. */
                        country?: string;
                        /** @description The country code of the customer address. */
                        country_code?: string;
                        /**
                         * Format: int32
                         * @description The customer ID.
                         */
                        customer_id?: number;
                        /** @description The first name of the customer address. */
                        first_name?: string;
                        /**
                         * Format: int32
                         * @description The unique numeric ID of the address.
                         */
                        id?: number;
                        /** @description The last name of the customer address. */
                        last_name?: string;
                        /** @description The phone number of the customer address. */
                        phone?: string;
                        /** @description The postal code of the customer address. */
                        postal_code?: string;
                        /** @description The state or province name */
                        state_or_province?: string;
                        /** @description Array of form fields. Controlled by `formfields` parameter. */
                        form_fields?: components["schemas"]["formFieldValue_Full"][];
                    }[];
                    meta?: components["schemas"]["MetaOpen"];
                } | Record<string, never>;
            };
        };
        CustomerAttributeValueCollectionResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data?: {
                        /**
                         * Format: int32
                         * @description Attribute ID.
                         */
                        attribute_id: number;
                        /**
                         * @description Attribute value. This will always be a string, regardless of the attributes type.
                         *
                         *     Corresponds to `value` used in customer attribute values `PUT` requests.
                         */
                        attribute_value: string;
                        /**
                         * Format: int32
                         * @description Attribute value ID.
                         */
                        id?: number;
                        /**
                         * Format: int32
                         * @description Customer ID.
                         */
                        customer_id: number;
                        /**
                         * Format: date-time
                         * @description The date on which the customer attribute value was modified.
                         */
                        date_modified?: string;
                        /**
                         * Format: date-time
                         * @description The date of which the customer attribute value was created.
                         */
                        date_created?: string;
                    }[];
                    /**
                     * Collection Meta
                     * @description Data about the response, including pagination and collection totals.
                     */
                    meta?: {
                        /**
                         * Pagination
                         * @description Data about the response, including pagination and collection totals.
                         */
                        pagination?: {
                            /**
                             * Format: int32
                             * @description Total number of items in the result set.
                             */
                            total?: number;
                            /**
                             * Format: int32
                             * @description Total number of items in the collection response.
                             */
                            count?: number;
                            /**
                             * Format: int32
                             * @description The amount of items returned in the collection per page, controlled by the limit parameter.
                             */
                            per_page?: number;
                            /**
                             * Format: int32
                             * @description The page you are currently on within the collection.
                             */
                            current_page?: number;
                            /**
                             * Format: int32
                             * @description The total number of pages in the collection.
                             */
                            total_pages?: number;
                            /**
                             * Links
                             * @description Pagination links for the previous and next parts of the whole collection.
                             */
                            links?: {
                                /** @description Link to the previous page returned in the response. */
                                previous?: string;
                                /** @description Link to the current page returned in the response. */
                                current?: string;
                                /** @description Link to the next page returned in the response. */
                                next?: string;
                            };
                        };
                    };
                };
            };
        };
        CustomerAttributesResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data?: {
                        /** @description Attribute name. */
                        name: string;
                        /**
                         * Type
                         * @description Attribute type should match one of: string, number, date.
                         * @example string
                         * @enum {string}
                         */
                        type: "string" | "number" | "date";
                        /**
                         * Format: int32
                         * @description Attribute ID.
                         */
                        id: number;
                        /**
                         * Format: date-time
                         * @description The date on which the customer attribute was modified.
                         */
                        date_modified?: string;
                        /**
                         * Format: date-time
                         * @description The date of which the customer attribute was created.
                         */
                        date_created?: string;
                    }[];
                    meta?: components["schemas"]["MetaOpen"];
                };
            };
        };
        FormFieldValueCollectionResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data?: (({
                        /**
                         * @description The form field name.
                         * @example color
                         */
                        name: string;
                        value: string | number | string[];
                    } & {
                        customer_id: number;
                    }) | ({
                        /**
                         * @description The form field name.
                         * @example color
                         */
                        name: string;
                        value: string | number | string[];
                    } & {
                        /** @description The Customer Address ID. */
                        address_id: number;
                    }))[];
                    meta?: components["schemas"]["_metaCollectionWithCursorPagination"];
                };
            };
        };
        FormFieldValuesResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data?: (({
                        /**
                         * @description The form field name.
                         * @example color
                         */
                        name: string;
                        value: string | number | string[];
                    } & {
                        customer_id: number;
                    }) | ({
                        /**
                         * @description The form field name.
                         * @example color
                         */
                        name: string;
                        value: string | number | string[];
                    } & {
                        /** @description The Customer Address ID. */
                        address_id: number;
                    }))[];
                    meta?: components["schemas"]["MetaOpen"];
                };
            };
        };
        consent_Resp: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["consent_Full"];
            };
        };
    };
    parameters: {
        /** @description A cursor indicating where to start retrieving the previous page of results. Use this parameter to paginate backward. Not required for the initial request. For subsequent requests, use the end_cursor value returned in meta.cursor_pagination from the previous response. Works with limit, direction, and other supported query parameters. When specified, offset-based pagination (page) is ignored. Cannot be used in combination with the after parameter. */
        BeforeCursorParam: string;
        /** @description A cursor indicating where to start retrieving the next page of results. Use this parameter to paginate forward. Not required for the initial request. For subsequent requests, use the start_cursor value returned in meta.cursor_pagination from the previous response. Works with limit, direction, and other supported query parameters. When specified, offset-based pagination (page) is ignored. Cannot be used in combination with the before parameter. */
        AfterCursorParam: string;
        /** @description The ID of the metafield belonging to the customer. The metafieldId is a generated response when sending a POST query to the Create a Customer Metafields endpoint. */
        metafieldId: number;
        /** @description The ID of the customer. */
        customerId: number;
        /** @description Specifies the page number in a limited (paginated) list of products. */
        PageParam: number;
        /** @description Filter based on a metafieldʼs key. */
        MetafieldKeyParam: string;
        /** @description Filter based on comma-separated metafieldʼs keys. Could be used with vanilla 'key' query parameter. */
        MetafieldKeyInParam: string[];
        /** @description Filter based on a metafieldʼs namespaces. */
        MetafieldNamespaceParam: string;
        /** @description Filter based on comma-separated metafieldʼs namespaces. Could be used with vanilla `namespace` query parameter. */
        MetafieldNamespaceInParam: string[];
        /** @description Controls the number of items per page in a limited (paginated) list of products. */
        LimitParam: number;
        /** @description Filter items by minimum date created. For example, `date_created:min=2019-09-04T00:00:00` or `date_created:min=2019-09-04`. Returns metafields created after this date. */
        date_created_min: string;
        /** @description Filter items by maximum date created. For example, `date_created:max=`2024-05-14T09:34:00` or `date_created:max=2019-09-04`. Returns metafields created before this date. */
        date_created_max: string;
        /** @description Filter items by minimum date modified. For example, `date_modified:min=`2024-05-14T09:34:00` or `date_modified:min=2019-09-04`. Returns metafields modified after this date. */
        date_modified_min: string;
        /** @description Filter items by maximum date modified. For example, `date_modified:max=2019-09-04T00:00:00` or `date_modified:max=2019-09-04`. Returns metafields modified before this date. */
        date_modified_max: string;
        /** @description Sort direction. Acceptable values are: `asc`, `desc`. */
        DirectionParam: "asc" | "desc";
        /** @description Fields to include, in a comma-separated list. The ID and the specified fields will be returned. */
        IncludeFieldsParamMetafields: ("resource_id" | "key" | "value" | "namespace" | "permission_set" | "resource_type" | "description" | "owner_client_id" | "date_created" | "date_modified")[];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getCustomers: {
        parameters: {
            query?: {
                /** @description Page number (`page` will be ignored if you provide `before` or `after` in the request). For example `page=1`. */
                page?: number;
                /** @description Items count per page. `limit=50` */
                limit?: number;
                /**
                 * @description Filter items by ID.
                 *     `id:in=4,5,6`
                 */
                "id:in"?: number[];
                /** @description Filter items by company. `company:in=bigcommerce,commongood` */
                "company:in"?: string[];
                /** @description Filter items by customer_group_id. `customer_group_id:in=5,6` */
                "customer_group_id:in"?: string[];
                /** @description Filter items by date created, for example, `2024-05-14T09:34:00` or `2024-05-14`. */
                date_created?: string;
                /** @description Filter items by maximum date created, for example, `2024-05-14T09:34:00` or `2024-05-14`. Returns customers created before this date. */
                "date_created:max"?: string;
                /** @description Filter items by date created for example, `2024-05-14T09:34:00` or `2024-05-14`. Returns customers created after this date. */
                "date_created:min"?: string;
                /** @description Filter items by date modified, for example, `2024-05-14T09:34:00` or `2024-05-14`. */
                date_modified?: string;
                /** @description Filter items by minimum date modified, for example, `2024-05-14T09:34:00` or `2024-05-14`. Returns customers modified after this date. */
                "date_modified:min"?: string;
                /** @description Filter items by maximum date modified, for example, `2024-05-14T09:34:00` or `2024-05-14`. Returns customers modified before this date. */
                "date_modified:max"?: string;
                /** @description Filter items by email. `email:in=janedoe@example.com` */
                "email:in"?: string[];
                /** @description Filter items by first_name and last_name. `name=james moriarty` */
                "name:in"?: string[];
                /**
                 * @description Filter items by substring in first_name and last_name.
                 *     `name:like=moriarty,sherlock`
                 *     Concatenates the first_name and last_name fields.
                 */
                "name:like"?: string[];
                /** @description Filter items by phone number. `phone:in=555-55-5555` */
                "phone:in"?: string;
                /**
                 * @description Filter items by registration_ip_address. If the customer was created using the API, then registration address is blank.
                 *     `registration_ip_address:in=12.345.6.789`
                 */
                "registration_ip_address:in"?: number[];
                /**
                 * @description Indicates whether to include customer sub-resources:
                 *      * `addresses` - customer addresses
                 *      * `storecredit` - store credit
                 *      * `attributes` - customer attributes and address attributes
                 *      * `formfields` - customer and address form fields
                 *      * `shopper_profile_id` - the ID of the shopper profile associated with the customer (Beta)
                 *      * `segment_ids`- segments the customer belongs to (Beta)
                 *
                 *      `include=addresses,storecredit,attributes,formfields,shopper_profile_id,segment_ids`
                 */
                include?: ("addresses" | "storecredit" | "attributes" | "formfields" | "shopper_profile_id" | "segment_ids")[];
                /** @description Sort items by date_created, date_modified, or last_name:* `date_created:asc` - date created, ascending* `date_created:desc` - date created, descending* `last_name:asc` - last name, ascending* `last_name:desc` - last name, descending * `date_modified:asc` - date modified, ascending* `date_modified:desc`- date modified, descending  Example: `sort=last_name:asc` */
                sort?: "date_created:asc" | "date_created:desc" | "last_name:asc" | "last_name:desc" | "date_modified:asc" | "date_modified:desc";
                /** @description The cursor reference of the last entry for the previous page. Use the `end_cursor` value from the last response to get the next page (`end_cursor` is only returned on the first page or when the request contains query parameter `before` or `after`). For example `after=eyJpZCI6MjA0fQ`. */
                after?: string;
                /** @description The cursor reference of the first entry for the next page. Use the `start_cursor` value from the last response to get the previous page (`start_cursor` is only returned on the first page or when the request contains query parameter `before` or `after`). For example `before=eyJpZCI6MjA1fQ`. */
                before?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetCustomerCollectionResponse"];
            /** @description The optional filter parameter was not valid. This is the result of missing required fields, or of invalid data. See the response for more details. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCustomers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["customer_Put"][];
            };
        };
        responses: {
            200: components["responses"]["CustomerCollectionResponse"];
            /** @description The request payload is too large. The maximum number of items allowed in the array is 10. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The `Customer` was not valid. This is the result of missing required fields, or of invalid data. See the response for more details. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createCustomers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["customer_Post"][];
            };
        };
        responses: {
            200: components["responses"]["CustomerCollectionResponse"];
            /** @description The request payload is too large. The maximum number of items allowed in the array is 10. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The *Customer* was not valid. This is the result of missing required fields or trying to edit a read only field. See the response for more details. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteCustomers: {
        parameters: {
            query: {
                /**
                 * @description Filter items by ID.
                 *     `id:in=4,5,6`
                 */
                "id:in": number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The `id:in` was not valid. This is the result of missing required fields, or of invalid data. See the response for more details. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCustomersAddresses: {
        parameters: {
            query?: {
                /** @description Page number. `page=1` */
                page?: number;
                /** @description Items count per page. `limit=50` */
                limit?: number;
                /** @description Filter items by company. `company:in=bigcommerce,commongood` */
                "company:in"?: string[];
                /** @description Filter items by first_name and last_name. `name:in=James+Moriarty` */
                "name:in"?: string[];
                /** @description Filter by the ID of the customer. Also accepts comma-separated IDs to filter for multiple customers. `customer_id:in=23,24,55` */
                "customer_id:in"?: number[];
                /**
                 * @description Indicates whether to include customer address sub-resources:
                 *     * `formfields` - address form fields
                 *     `include=formfields`
                 */
                include?: "formfields"[];
                /**
                 * @description Filter items by ID.
                 *     `id:in=4,5,6`
                 */
                "id:in"?: number[];
            };
            header?: {
                Accept?: string;
                "Content-Type"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AddressCollectionResponse"];
        };
    };
    updateCustomersAddresses: {
        parameters: {
            query?: never;
            header?: {
                Accept?: string;
                "Content-Type"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["address_Put"][];
            };
        };
        responses: {
            200: components["responses"]["AddressCollectionResponsePostPut"];
            /** @description The `Address` was not valid. This is the result of missing required fields, or of invalid data. See the response for more details. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createCustomersAddresses: {
        parameters: {
            query?: never;
            header?: {
                Accept?: string;
                "Content-Type"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["address_Post"][];
            };
        };
        responses: {
            200: components["responses"]["AddressCollectionResponsePostPut"];
            /** @description The `Address` was not valid. This is the result of missing required fields, or of invalid data. See the response for more details. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteCustomersAddresses: {
        parameters: {
            query: {
                /**
                 * @description Filter items by ID.
                 *     `id:in=4,5,6`
                 */
                "id:in": number[];
            };
            header?: {
                Accept?: string;
                "Content-Type"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    validateCustomerCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValidateCustomerCredentialsObject"];
            };
        };
        responses: {
            /** @description Returns if the customer credentials provided are valid or not. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidateCustomerCredentialsResponseObject"];
                };
            };
            /** @description This is the result of missing required fields. See the response for more details. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Allowed number of requests exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCustomersSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns customer settings values for global level. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["CustomerSettingsObject"];
                        meta?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    updateCustomersSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerSettingsObject"];
            };
        };
        responses: {
            /** @description Customer settings are returned on a global level. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["CustomerSettingsObject"];
                        meta?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    getCustomersSettingsChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Customer settings for this channel are returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["CustomerChannelSettingsObject"];
                        meta?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    updateCustomersSettingsChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerChannelSettingsObject"];
            };
        };
        responses: {
            /** @description Customer settings are returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["CustomerSettingsObject"];
                        meta?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    getCustomersAttributes: {
        parameters: {
            query?: {
                /** @description Page number. `page=1` */
                page?: number;
                /** @description Items count per page. `limit=50` */
                limit?: number;
                /** @description Filter items by customer attribute name. `name=Date+Joined` */
                name?: string;
                /** @description Filter items by substring in customer attribute name. `name:like=join` */
                "name:like"?: string;
                /** @description The type of the customer attribute. */
                type?: string;
                /** @description Filter items by `date_created`, for example, `2024-05-14T09:34:00`, `2024-05-14T09:34:00` or `2024-05-14`. */
                date_created?: string;
                /** @description Filter items by maximum `date_created`, for example, `2024-05-14T09:34:00`, `2024-05-14T09:34:00` or `2024-05-14`. ISO 8601 full-date is required, ISO 8601 full-time is not required. UNIX timestamp also accepted. Returns metafields created before this date. */
                "date_created:max"?: string;
                /** @description Filter items by minimum `date_created`, for example, `2024-05-14T09:34:00`, `2024-05-14T09:34:00` or `2024-05-14`. ISO 8601 full-date is required, ISO 8601 full-time is not required. UNIX timestamp also accepted. Returns metafields created after this date. */
                "date_created:min"?: string;
                /** @description Filter items by `date_modified`, for example, `2024-05-14T09:34:00` or `2024-05-14`. */
                date_modified?: string;
                /** @description Filter items by maximum `date_modified`, for example, `2024-05-14T09:34:00` or `2024-05-14`. ISO 8601 full-date is required, ISO 8601 full-time is not required. UNIX timestamp also accepted. Returns metafields modified before this date. */
                "date_modified:max"?: string;
                /** @description Filter items by minimum `date_modified`, for example, `2024-05-14T09:34:00` or `2024-05-14`. ISO 8601 full-date is required, ISO 8601 full-time is not required. UNIX timestamp also accepted. Returns metafields modified after this date. */
                "date_modified:min"?: string;
            };
            header?: {
                Accept?: string;
                "Content-Type"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CustomerAttributesResponse"];
        };
    };
    updateCustomersAttributes: {
        parameters: {
            query?: never;
            header?: {
                Accept?: string;
                "Content-Type"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["attribute_Put"][];
            };
        };
        responses: {
            200: components["responses"]["CustomerAttributesResponse"];
            /** @description The `Attribute` was not valid. This is the result of missing required fields, or of invalid data. See the response for more details. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createCustomersAttributes: {
        parameters: {
            query?: never;
            header?: {
                Accept?: string;
                "Content-Type"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["attribute_Post"][];
            };
        };
        responses: {
            200: components["responses"]["CustomerAttributesResponse"];
            /** @description The `Attribute` was not valid. This is the result of missing required fields, or of invalid data. See the response for more details. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteCustomersAttributes: {
        parameters: {
            query: {
                /** @description Filter items by ID. */
                "id:in": number[];
            };
            header?: {
                Accept?: string;
                "Content-Type"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getCustomersAttributeValues: {
        parameters: {
            query?: {
                /** @description Page number. `page=1` */
                page?: number;
                /** @description Items count per page. `limit=50` */
                limit?: number;
                /** @description Filter items by the customer ID. `customer_id:in=23,24,55` */
                "customer_id:in"?: number[];
                /** @description Filter items by the attribute ID. `attribute_id:in=1,2` */
                "attribute_id:in"?: number[];
                /** @description Filter items by the attribute name. `name=age` */
                name?: string;
                /** @description Filter items by `date_created`, for example, `2024-05-14T09:34:00`, `2024-05-14T09:34:00` or `2024-05-14`. */
                date_created?: string;
                /** @description Filter items by maximum `date_created`, for example, `2024-05-14T09:34:00`, `2024-05-14T09:34:00` or `2024-05-14`. ISO 8601 full-date is required, ISO 8601 full-time is not required. UNIX timestamp also accepted. Returns metafields created before this date. */
                "date_created:max"?: string;
                /** @description Filter items by minimum `date_created`, for example, `2024-05-14T09:34:00`, `2024-05-14T09:34:00` or `2024-05-14`. ISO 8601 full-date is required, ISO 8601 full-time is not required. UNIX timestamp also accepted. Returns metafields created after this date */
                "date_created:min"?: string;
                /** @description Filter items by `date_modified`, for example, `2024-05-14T09:34:00` or `2024-05-14`. */
                date_modified?: string;
                /** @description Filter items by maximum `date_modified`, for example, `2024-05-14T09:34:00` or `2024-05-14`. ISO 8601 full-date is required, ISO 8601 full-time is not required. UNIX timestamp also accepted. Returns metafields modified before this date. */
                "date_modified:max"?: string;
                /** @description Filter items by minimum `date_modified`, for example, `2024-05-14T09:34:00` or `2024-05-14`. ISO 8601 full-date is required, ISO 8601 full-time is not required. UNIX timestamp also accepted. Returns metafields modified after this date. */
                "date_modified:min"?: string;
            };
            header?: {
                Accept?: string;
                "Content-Type"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CustomerAttributeValueCollectionResponse"];
        };
    };
    upsertCustomersAttributeValues: {
        parameters: {
            query?: never;
            header?: {
                Accept?: string;
                "Content-Type"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["attributeValue_Base"][];
            };
        };
        responses: {
            200: components["responses"]["CustomerAttributeValueCollectionResponse"];
            /** @description The `CustomerAttributeValue` was not valid. This is the result of missing required fields, or of invalid data. See the response for more details. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteCustomersAttributeValues: {
        parameters: {
            query: {
                /**
                 * @description Filter items by ID.
                 *     `id:in=4,5,6`
                 */
                "id:in": number[];
            };
            header?: {
                Accept?: string;
                "Content-Type"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getCustomersFormFieldValues: {
        parameters: {
            query?: {
                /** @description Page number (`page` will be ignored if you provide `before` or `after` in the request). For example `page=1`. */
                page?: number;
                /** @description Items count per page. `limit=50` */
                limit?: number;
                /** @description Filter by the customer ID. */
                customer_id?: number;
                /** @description Filter by the ID of the customer address. */
                address_id?: number;
                /** @description Filter by the field name. */
                field_name?: string;
                /**
                 * @description Filter by the field type.
                 *      * `checkboxes` - checkboxes field
                 *      * `date` - date field
                 *      * `multiline` - multiline text field
                 *      * `numbers` - numbers only field
                 *      * `password` - password field
                 *      * `radiobuttons` - radio buttons field
                 *      * `text` - text field
                 *      * `picklist` - pick list field
                 */
                field_type?: "checkboxes" | "date" | "multiline" | "numbers" | "password" | "radiobuttons" | "text" | "picklist";
                /** @description The cursor reference of the last entry for the previous page. Use the `end_cursor` value from the last response to get the next page (`end_cursor` is only returned on the first page or when the request contains query parameter `before` or `after`). For example `after=eyJzZXNzaW9uSWQiOjM4LCJmaWVsZElkIjo0MH0`. */
                after?: string;
                /** @description The cursor reference of the first entry for the next page. Use the `start_cursor` value from the last response to get the previous page (`start_cursor` is only returned on the first page or when the request contains query parameter `before` or `after`). For example `before=eyJzZXNzaW9uSWQiOjgsImZpZWxkSWQiOjMxfQ`. */
                before?: string;
            };
            header?: {
                Accept?: string;
                "Content-Type"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["FormFieldValueCollectionResponse"];
            /** @description The form field value was not valid. This is the result of missing required fields, or of invalid data. See the response for more details. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateCustomerFormFieldValues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["formFieldValue_Full"][];
            };
        };
        responses: {
            200: components["responses"]["FormFieldValuesResponse"];
            /** @description The form field value was not valid. This is the result of missing required fields, or of invalid data. See the response for more details. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCustomerConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the customer. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["consent_Resp"];
            /** @description Unauthorized - the v3 Auth client ID or token in the request are not a valid combination for this store. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing scope - the v3 Auth token is valid but does not have proper permissions to access this endpoint. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid JSON request body - missing or invalid data. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateCustomerConsent: {
        parameters: {
            query?: never;
            header?: {
                "Content-Type"?: string;
            };
            path: {
                /** @description The ID of the customer. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DeclareCustomerConsentRequest"];
            };
        };
        responses: {
            200: components["responses"]["consent_Resp"];
            /** @description Unauthorized - the v3 Auth client ID or token in the request are not a valid combination for this store. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing scope - the v3 Auth token is valid but does not have proper permissions to access this endpoint. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid JSON request body - missing or invalid data. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCustomerStoredInstruments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the customer. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["CardInstrument"] | components["schemas"]["PayPalAccountInstrument"] | components["schemas"]["BankAccountInstrument"])[];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 401,
                     *       "message": "Unauthorized"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing scope - the v3 Auth token is valid but does not have proper permissions to access this endpoint. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 403,
                     *       "message": "Missing scope"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCustomersMetafields: {
        parameters: {
            query?: {
                /** @description Specifies the page number in a limited (paginated) list of products. */
                page?: components["parameters"]["PageParam"];
                /** @description Controls the number of items per page in a limited (paginated) list of products. */
                limit?: components["parameters"]["LimitParam"];
                /** @description Filter based on a metafieldʼs key. */
                key?: components["parameters"]["MetafieldKeyParam"];
                /** @description Filter based on comma-separated metafieldʼs keys. Could be used with vanilla 'key' query parameter. */
                "key:in"?: components["parameters"]["MetafieldKeyInParam"];
                /** @description Filter based on a metafieldʼs namespaces. */
                namespace?: components["parameters"]["MetafieldNamespaceParam"];
                /** @description Filter based on comma-separated metafieldʼs namespaces. Could be used with vanilla `namespace` query parameter. */
                "namespace:in"?: components["parameters"]["MetafieldNamespaceInParam"];
                /** @description Sort direction. Acceptable values are: `asc`, `desc`. */
                direction?: components["parameters"]["DirectionParam"];
                /** @description Fields to include, in a comma-separated list. The ID and the specified fields will be returned. */
                include_fields?: components["parameters"]["IncludeFieldsParamMetafields"];
                /** @description Filter items by minimum date created. For example, `date_created:min=2019-09-04T00:00:00` or `date_created:min=2019-09-04`. Returns metafields created after this date. */
                "date_created:min"?: components["parameters"]["date_created_min"];
                /** @description Filter items by maximum date created. For example, `date_created:max=`2024-05-14T09:34:00` or `date_created:max=2019-09-04`. Returns metafields created before this date. */
                "date_created:max"?: components["parameters"]["date_created_max"];
                /** @description Filter items by minimum date modified. For example, `date_modified:min=`2024-05-14T09:34:00` or `date_modified:min=2019-09-04`. Returns metafields modified after this date. */
                "date_modified:min"?: components["parameters"]["date_modified_min"];
                /** @description Filter items by maximum date modified. For example, `date_modified:max=2019-09-04T00:00:00` or `date_modified:max=2019-09-04`. Returns metafields modified before this date. */
                "date_modified:max"?: components["parameters"]["date_modified_max"];
                /** @description A cursor indicating where to start retrieving the previous page of results. Use this parameter to paginate backward. Not required for the initial request. For subsequent requests, use the end_cursor value returned in meta.cursor_pagination from the previous response. Works with limit, direction, and other supported query parameters. When specified, offset-based pagination (page) is ignored. Cannot be used in combination with the after parameter. */
                before?: components["parameters"]["BeforeCursorParam"];
                /** @description A cursor indicating where to start retrieving the next page of results. Use this parameter to paginate forward. Not required for the initial request. For subsequent requests, use the start_cursor value returned in meta.cursor_pagination from the previous response. Works with limit, direction, and other supported query parameters. When specified, offset-based pagination (page) is ignored. Cannot be used in combination with the before parameter. */
                after?: components["parameters"]["AfterCursorParam"];
            };
            header?: never;
            path: {
                /** @description The ID of the customer. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response payload for the BigCommerce API. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["metafield_Full"][];
                        meta?: components["schemas"]["metaCollection_Full"];
                    };
                };
            };
        };
    };
    createCustomerMetafields: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the customer. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetafieldBase_Post"];
            };
        };
        responses: {
            /** @description Response payload for the BigCommerce API. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaFieldCollectionPostPutResponses"];
                };
            };
            /** @description Bad Request. Input is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Input is invalid",
                     *       "type": "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes",
                     *       "detail": "Syntax error"
                     *     }
                     */
                    "application/json": {
                        status?: number;
                        title?: string;
                        type?: string;
                        detail?: string;
                    };
                };
            };
            /** @description The `Metafield` conflicts with another `Metafield`. This can result from duplicate unique key combinations of the appʼs client id, namespace, key, resource_type, and resource_id. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The `Metafield` was not valid. This is the result of missing required fields, or of invalid data. See the response for more details. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getMetafieldsCustomerId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID that belongs to the customer. */
                customerId: number;
                /** @description The ID that is generated for a metafield when created. */
                metafieldId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["metafield_Full"];
                        meta?: components["schemas"]["metaEmpty_Full"];
                    };
                };
            };
            /** @description Not found (A metafield was not found with this query). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFound"];
                };
            };
        };
    };
    updateCustomerMetafield: {
        parameters: {
            query?: {
                /** @description The ID that is generated for a metafield when created. */
                metafieldId?: number;
            };
            header?: never;
            path: {
                /** @description The ID of the metafield belonging to the customer. The metafieldId is a generated response when sending a POST query to the Create a Customer Metafields endpoint. */
                metafieldId: components["parameters"]["metafieldId"];
                /** @description The ID of the customer. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MetafieldBase_Put"] & {
                    /**
                     * @description The ID of metafield to update.
                     * @example 42
                     */
                    id: number;
                };
            };
        };
        responses: {
            /** @description Response payload for the BigCommerce API. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaFieldCollectionPostPutResponses"];
                };
            };
            /** @description Bad Request. Input is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Input is invalid",
                     *       "type": "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes",
                     *       "detail": "Syntax error"
                     *     }
                     */
                    "application/json": {
                        status?: number;
                        title?: string;
                        type?: string;
                        detail?: string;
                    };
                };
            };
            /** @description Not found (A metafield was not found with this query). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFound"];
                };
            };
        };
    };
    deleteCustomerMetafieldsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the customer. */
                customerId: components["parameters"]["customerId"];
                /** @description The ID of the metafield belonging to the customer. The metafieldId is a generated response when sending a POST query to the Create a Customer Metafields endpoint. */
                metafieldId: components["parameters"]["metafieldId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response object for customer metafields deletion with success. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found (A metafield was not found with this query). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFound"];
                };
            };
        };
    };
    getAllCustomersMetafields: {
        parameters: {
            query?: {
                /** @description Specifies the page number in a limited (paginated) list of products. */
                page?: components["parameters"]["PageParam"];
                /** @description Controls the number of items per page in a limited (paginated) list of products. */
                limit?: components["parameters"]["LimitParam"];
                /** @description Filter based on a metafieldʼs key. */
                key?: components["parameters"]["MetafieldKeyParam"];
                /** @description Filter based on comma-separated metafieldʼs keys. Could be used with vanilla 'key' query parameter. */
                "key:in"?: components["parameters"]["MetafieldKeyInParam"];
                /** @description Filter based on a metafieldʼs namespaces. */
                namespace?: components["parameters"]["MetafieldNamespaceParam"];
                /** @description Filter based on comma-separated metafieldʼs namespaces. Could be used with vanilla `namespace` query parameter. */
                "namespace:in"?: components["parameters"]["MetafieldNamespaceInParam"];
                /** @description Sort direction. Acceptable values are: `asc`, `desc`. */
                direction?: components["parameters"]["DirectionParam"];
                /** @description Fields to include, in a comma-separated list. The ID and the specified fields will be returned. */
                include_fields?: components["parameters"]["IncludeFieldsParamMetafields"];
                /** @description Filter items by minimum date modified. For example, `date_modified:min=`2024-05-14T09:34:00` or `date_modified:min=2019-09-04`. Returns metafields modified after this date. */
                "date_modified:min"?: components["parameters"]["date_modified_min"];
                /** @description Filter items by maximum date modified. For example, `date_modified:max=2019-09-04T00:00:00` or `date_modified:max=2019-09-04`. Returns metafields modified before this date. */
                "date_modified:max"?: components["parameters"]["date_modified_max"];
                /** @description Filter items by minimum date created. For example, `date_created:min=2019-09-04T00:00:00` or `date_created:min=2019-09-04`. Returns metafields created after this date. */
                "date_created:min"?: components["parameters"]["date_created_min"];
                /** @description Filter items by maximum date created. For example, `date_created:max=`2024-05-14T09:34:00` or `date_created:max=2019-09-04`. Returns metafields created before this date. */
                "date_created:max"?: components["parameters"]["date_created_max"];
                /** @description A cursor indicating where to start retrieving the previous page of results. Use this parameter to paginate backward. Not required for the initial request. For subsequent requests, use the end_cursor value returned in meta.cursor_pagination from the previous response. Works with limit, direction, and other supported query parameters. When specified, offset-based pagination (page) is ignored. Cannot be used in combination with the after parameter. */
                before?: components["parameters"]["BeforeCursorParam"];
                /** @description A cursor indicating where to start retrieving the next page of results. Use this parameter to paginate forward. Not required for the initial request. For subsequent requests, use the start_cursor value returned in meta.cursor_pagination from the previous response. Works with limit, direction, and other supported query parameters. When specified, offset-based pagination (page) is ignored. Cannot be used in combination with the before parameter. */
                after?: components["parameters"]["AfterCursorParam"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of `Metafield` objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaFieldCollectionResponse"];
                };
            };
        };
    };
    updateCustomersMetafields: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": (components["schemas"]["MetafieldBase_Put"] & {
                    /**
                     * @description The ID of metafield to update.
                     * @example 42
                     */
                    id: number;
                })[];
            };
        };
        responses: {
            /** @description Response payload for the BigCommerce API. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaFieldCollectionPostPutResponses"];
                };
            };
            /** @description Bad Request. Input is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Input is invalid",
                     *       "type": "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes",
                     *       "detail": "Syntax error"
                     *     }
                     */
                    "application/json": {
                        status?: number;
                        title?: string;
                        type?: string;
                        detail?: string;
                    };
                };
            };
            /** @description Response object for metafields creation with partial success. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaFieldCollectionResponsePartialSuccess_POST_PUT"];
                };
            };
        };
    };
    createCustomersMetafields: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": (components["schemas"]["MetafieldBase_Post"] & {
                    /**
                     * @description The ID for the resource with which the metafield is associated.
                     * @example 42
                     */
                    resource_id: number;
                })[];
            };
        };
        responses: {
            /** @description Response payload for the BigCommerce API. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaFieldCollectionPostPutResponses"];
                };
            };
            /** @description Bad Request. Input is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Input is invalid",
                     *       "type": "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes",
                     *       "detail": "Syntax error"
                     *     }
                     */
                    "application/json": {
                        status?: number;
                        title?: string;
                        type?: string;
                        detail?: string;
                    };
                };
            };
            /** @description Response object for metafields creation with partial success. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaFieldCollectionResponsePartialSuccess_POST_PUT"];
                };
            };
        };
    };
    deleteCustomersMetafields: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response object for metafields deletion with success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaFieldCollectionDeleteResponseSuccess"];
                };
            };
            /** @description Bad Request. Input is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Input is invalid",
                     *       "type": "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes",
                     *       "detail": "Syntax error"
                     *     }
                     */
                    "application/json": {
                        status?: number;
                        title?: string;
                        type?: string;
                        detail?: string;
                    };
                };
            };
            /** @description Response object for metafields deletion with partial success. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaFieldCollectionResponsePartialSuccess_DELETE"];
                };
            };
        };
    };
}
