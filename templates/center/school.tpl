{{%AUTOESCAPE context="HTML"}}
{{!
  Center school 查看 of one subordinate school. Values: ID, NAME, REGION, NATURE, TYPE, CONTACT,
  MOBILE_MASKED, LOGIN, NEW_MOBILE; CSRF, STATIC (global). Sections: MOBILE_ERROR (MESSAGE);
  the 注销账号 panel as department/school_settings.tpl (settings_fill_cancellation): CANCEL_APP
  (STATUS_LABEL, STATUS_BADGE, CAUSE, REASON, SUBMITTED, DECIDED > AT, DECISION_REASON > TEXT),
  CANCEL_ERROR (MESSAGE), CANCEL_FORM (MERGER_CHECKED, CLOSURE_CHECKED, REASON, CAUSE_ERROR >
  MESSAGE, REASON_ERROR > MESSAGE).
}}
<h1 class="page-title">查看所辖学校</h1>
<p class="back-link"><a href="/school/center/">返回所辖学校</a></p>
<section class="panel" aria-labelledby="school-heading">
<h2 id="school-heading" class="section-title">学校信息</h2>
<dl class="detail-list">
<div><dt>学校名称</dt><dd>{{NAME}}</dd></div>
<div><dt>区域</dt><dd>{{REGION}}</dd></div>
<div><dt>学校性质</dt><dd>{{NATURE}}</dd></div>
<div><dt>学校类型</dt><dd>{{TYPE}}</dd></div>
<div><dt>明白人</dt><dd>{{CONTACT}}</dd></div>
<div><dt>明白人手机号</dt><dd class="nowrap">{{MOBILE_MASKED}}</dd></div>
<div><dt>登录账号</dt><dd>{{LOGIN}}</dd></div>
</dl>
</section>
<section class="panel" aria-labelledby="mobile-heading">
<h2 id="mobile-heading" class="section-title">修改明白人手机号</h2>
<form class="review-form" method="post" action="/school/center/school/mobile" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}">
<div class="field{{#MOBILE_ERROR}} has-error{{/MOBILE_ERROR}}">
<label for="mobile">新明白人手机号</label>
<input id="mobile" name="mobile" type="tel" inputmode="numeric" maxlength="11" value="{{NEW_MOBILE}}"{{#MOBILE_ERROR}} aria-invalid="true" aria-describedby="mobile-error"{{/MOBILE_ERROR}}>
{{#MOBILE_ERROR}}<p class="field-error" id="mobile-error">{{MESSAGE}}</p>{{/MOBILE_ERROR}}
<p class="field-hint">新号码同时作为该校的登录手机号；新旧号码都会收到短信通知。</p>
</div>
<button type="submit" class="btn btn-primary">修改手机号</button>
</form>
</section>
<section class="panel" aria-labelledby="cancel-heading">
<h2 id="cancel-heading" class="section-title">申请注销账号</h2>
{{#CANCEL_ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/CANCEL_ERROR}}
{{#CANCEL_APP}}<dl class="detail-list">
<div><dt>注销申请</dt><dd><span class="badge {{STATUS_BADGE}}">{{STATUS_LABEL}}</span></dd></div>
<div><dt>注销原因</dt><dd>{{CAUSE}}</dd></div>
<div><dt>注销说明</dt><dd class="text-lines">{{REASON:pre_escape}}</dd></div>
<div><dt>提交时间</dt><dd>{{SUBMITTED}}</dd></div>
{{#DECIDED}}<div><dt>审核时间</dt><dd>{{AT}}</dd></div>{{/DECIDED}}
{{#DECISION_REASON}}<div><dt>驳回原因</dt><dd>{{TEXT}}</dd></div>{{/DECISION_REASON}}
</dl>{{/CANCEL_APP}}
{{#CANCEL_FORM}}<form class="form-card" method="post" action="/school/center/school/cancel" novalidate data-confirm="确认提交注销申请？管理中心审核通过后，该学校账号将被注销，不能再登录。">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}">
<p class="form-intro">根据省厅要求：学校账号以教学点为单位（含民办）进行注册，请勿因学校合并和注销以外任何原因删除账号。</p>
<fieldset class="field{{#CAUSE_ERROR}} has-error{{/CAUSE_ERROR}}">
<legend class="field-label">注销原因</legend>
<div class="choice-row">
<label class="choice" for="cause-merger"><input type="radio" id="cause-merger" name="cause" value="merger"{{#MERGER_CHECKED}} checked{{/MERGER_CHECKED}}> 学校合并</label>
<label class="choice" for="cause-closure"><input type="radio" id="cause-closure" name="cause" value="closure"{{#CLOSURE_CHECKED}} checked{{/CLOSURE_CHECKED}}> 学校撤销</label>
</div>
{{#CAUSE_ERROR}}<p class="field-error">{{MESSAGE}}</p>{{/CAUSE_ERROR}}
</fieldset>
<div class="field{{#REASON_ERROR}} has-error{{/REASON_ERROR}}">
<label for="reason">注销说明（必填，不超过 200 字）</label>
<textarea id="reason" name="reason" maxlength="200"{{#REASON_ERROR}} aria-invalid="true" aria-describedby="reason-error"{{/REASON_ERROR}}>{{REASON}}</textarea>
{{#REASON_ERROR}}<p class="field-error" id="reason-error">{{MESSAGE}}</p>{{/REASON_ERROR}}
</div>
<button type="submit" class="btn btn-secondary">提交注销申请</button>
</form>{{/CANCEL_FORM}}
</section>
<script src="{{STATIC}}/js/admin-confirm.js" defer></script>
