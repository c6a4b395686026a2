@mobile
Feature: Create a ticket from a contact in the mobile app
  The mobile app reuses its native create ticket screen (mobile PRD §2): the contact's
  Others tab offers "From Existing" or "Create New"; "Create New" opens the create screen
  for the contact; the app creates the ticket, then updates it so that its customers
  include the contact, and refreshes the contact's association summary. Whether the
  create screen accepts a pre-filled customer is still open (OQ-M2).

  Background:
    Given a customer "Ana Wijaya" with no associated tickets
    And the user may create tickets

  Rule: Adding a ticket offers an existing ticket or a new one

    @req:MOB-01
    Scenario: The ticket options offer both ways
      When the user opens the ticket options on the customer page
      Then the ticket options offer "From Existing" and "Create New"

  Rule: The create screen is opened for this contact

    @req:MOB-05 @depends:OQ-M2
    Scenario: The create ticket screen has the contact filled in
      When the user chooses to create a ticket from the customer page
      Then the ticket form has the customer filled in

  Rule: The app creates the ticket, then adds the contact to its customers

    @req:MOB-06 @req:MOB-07
    Scenario: The ticket is created, then updated to include the contact
      When the user creates the ticket "Refund not received" from the customer page
      Then the app created the ticket "Refund not received" in CRM
      And the app sent one association update for "Refund not received"
      And the app's association update for "Refund not received" includes the customer

    @req:MOB-08
    Scenario: Customers already on the ticket are kept
      Given another customer "Budi Santoso"
      When the user creates the ticket "Login issue" from the customer page with "Budi Santoso" as another customer
      Then the app's association update for "Login issue" keeps "Budi Santoso"
      And the ticket "Login issue" is associated to the customer
      And the ticket "Login issue" is also associated to "Budi Santoso"

    @req:MOB-09 @depends:OQ-M2
    Scenario: The contact is listed once even when the ticket already has it
      When the user creates the ticket "Refund not received" from the customer page
      Then the app's association update for "Refund not received" includes the customer exactly once

  Rule: Tickets are created in the ticket pipeline

    # The create screen is opened with CreateTicketArgument(pipelineId) (mobile PRD §2); which
    # pipeline is not in the sources, so it is configuration (E2E:Mobile:PipelineId).
    @req:MOB-12 @depends:UNK-pipeline
    Scenario: The ticket is created in the ticket pipeline
      When the user creates the ticket "Refund not received" from the customer page
      Then the app created the ticket "Refund not received" in the ticket pipeline

  Rule: A failed association update can be retried

    @req:MOB-11 @depends:OQ-M2
    Scenario: Retrying a failed association update associates the ticket without creating it again
      Given the create screen cannot pre-fill the customer
      And the association update fails once
      When the user creates the ticket "Invoice missing" from the customer page
      Then the user is told the ticket "Invoice missing" was created but not associated
      When the user retries the association
      Then the ticket "Invoice missing" is associated to the customer
      And the app created the ticket "Invoice missing" in CRM exactly once
